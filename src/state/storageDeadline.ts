/** A client-side deadline for storage calls: a store that stops answering costs a turn seconds, not minutes. */
import type { Storage, StoreItems } from 'botbuilder';

/** A Storage that can also be told to give up a call (an AbortSignal); any Storage fits. */
export interface AbortableStorage extends Storage {
  read(keys: string[], signal?: AbortSignal): Promise<StoreItems>;
  write(changes: StoreItems, signal?: AbortSignal): Promise<void>;
  delete(keys: string[], signal?: AbortSignal): Promise<void>;
}

/** A storage call ran past its deadline (sorted as an outage). */
export class StorageDeadlineError extends Error {
  constructor(readonly ms: number) {
    super(`Storage call gave up after ${ms} ms`);
    this.name = 'TimeoutError';
  }
}

/**
 * Runs `call` with a signal that aborts after `ms`, and settles by then whatever the call does:
 * the Azure SDK's own timeout is only a server-side URL parameter, so a store that accepts the
 * connection and then says nothing (a paused process, a black-holed network) would otherwise hold
 * the turn for many minutes.
 */
export async function withDeadline<T>(
  ms: number,
  call: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      const error = new StorageDeadlineError(ms);
      controller.abort(error);
      reject(error);
    }, ms);
  });
  try {
    return await Promise.race([call(controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
