/** Storage failures, sorted into the kinds the bot answers differently: a write conflict, an outage, or something else. */

/** What went wrong with a storage call. */
export type StorageErrorKind = 'conflict' | 'unavailable' | 'corrupt' | 'other';

/** The storage call that failed. */
export type StorageOperation = 'read' | 'write' | 'delete';

/**
 * A storage call failed. `conflict`: another turn (on this or another instance) saved the same
 * item first, so this turn's changes were not written rather than overwriting it. `unavailable`:
 * the store could not be reached. The turn's error handler apologises for both and keeps the
 * stored state as it is.
 */
export class StorageError extends Error {
  constructor(
    readonly kind: StorageErrorKind,
    readonly operation: StorageOperation,
    options: { cause: unknown },
  ) {
    super(`Storage ${operation} failed: ${kind}`, options);
    this.name = 'StorageError';
  }
}

/** True when `error` is a StorageError (possibly of one of the given kinds). */
export function isStorageError(
  error: unknown,
  ...kinds: StorageErrorKind[]
): error is StorageError {
  return error instanceof StorageError && (kinds.length === 0 || kinds.includes(error.kind));
}

const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_SOCKET',
  'REQUEST_SEND_ERROR',
]);

function field(error: unknown, name: string): unknown {
  return typeof error === 'object' && error !== null
    ? (error as Record<string, unknown>)[name]
    : undefined;
}

/**
 * Sorts an error thrown by a Bot Framework Storage: the eTag conflicts of BlobsStorage and
 * NodeCacheStorage ("eTag conflict", HTTP 412) and an existing blob on create (409) are
 * conflicts; connection failures, timeouts, aborts and 5xx answers are outages.
 */
export function classifyStorageError(error: unknown): StorageErrorKind {
  if (error instanceof StorageError) return error.kind;
  const status = field(error, 'statusCode');
  const message = error instanceof Error ? error.message : String(error);
  if (status === 412 || status === 409 || /etag conflict/i.test(message)) return 'conflict';
  if (typeof status === 'number' && status >= 500) return 'unavailable';
  const name = field(error, 'name');
  if (name === 'AbortError' || name === 'TimeoutError') return 'unavailable';
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth++) {
    const code = field(current, 'code');
    if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) return 'unavailable';
    current = field(current, 'cause');
  }
  return 'other';
}
