/** A Storage wrapper that gives every call a deadline, reports each failure by operation and kind, and rethrows it as a StorageError. */
import type { StoreItems } from 'botbuilder';
import { withDeadline, type AbortableStorage } from './storageDeadline';
import {
  StorageError,
  classifyStorageError,
  type StorageErrorKind,
  type StorageOperation,
} from './storageErrors';
import { readDroppingUnreadable } from './unreadableState';

/** Told about every failed storage call (metrics count them). */
export type StorageErrorListener = (operation: StorageOperation, kind: StorageErrorKind) => void;

/** How long a storage call may take before the turn gives up and apologises, unless set. */
export const DEFAULT_STORAGE_DEADLINE_MS = 3000;

/** The signal of a call without a deadline: it never aborts. */
const NEVER_ABORTED = new AbortController().signal;

/** Deadline and success listener of an InstrumentedStorage. */
export interface InstrumentedStorageOptions {
  /**
   * Milliseconds a call may take, retries included; past it the call is aborted and fails as an
   * outage. Infinity for a store in this process, which answers at once and cannot hang: its
   * calls then set no timer (a timer, an AbortController and a race cost more than such a call).
   */
  deadlineMs?: number;
  /** Told about every call that succeeded (the readiness check follows storage health). */
  onSuccess?: () => void;
}

/**
 * Wraps any Bot Framework Storage so that a call that does not answer ends at its deadline (its
 * AbortSignal aborts the store's requests), and a failure is counted once and reaches the turn's
 * error handler as a StorageError, which says whether it was a conflict or an outage. An item that
 * cannot be read back is counted as `corrupt`, dropped and started afresh (see unreadableState).
 */
export class InstrumentedStorage implements AbortableStorage {
  private readonly deadlineMs: number;

  constructor(
    readonly inner: AbortableStorage,
    private readonly onError: StorageErrorListener,
    private readonly options: InstrumentedStorageOptions = {},
  ) {
    this.deadlineMs = options.deadlineMs ?? DEFAULT_STORAGE_DEADLINE_MS;
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.call('read', (signal) =>
      readDroppingUnreadable(this.inner, keys, signal, () => {
        this.onError('read', 'corrupt');
      }),
    );
  }

  write(changes: StoreItems): Promise<void> {
    return this.call('write', (signal) => this.inner.write(changes, signal));
  }

  delete(keys: string[]): Promise<void> {
    return this.call('delete', (signal) => this.inner.delete(keys, signal));
  }

  private async call<T>(
    operation: StorageOperation,
    run: (signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    try {
      const result = Number.isFinite(this.deadlineMs)
        ? await withDeadline(this.deadlineMs, run)
        : await run(NEVER_ABORTED);
      this.options.onSuccess?.();
      return result;
    } catch (error: unknown) {
      const kind = classifyStorageError(error);
      this.onError(operation, kind);
      throw new StorageError(kind, operation, { cause: error });
    }
  }
}
