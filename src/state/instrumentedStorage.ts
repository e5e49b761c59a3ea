/** A Storage wrapper that reports each failure by operation and kind, and rethrows it as a StorageError. */
import type { Storage, StoreItems } from 'botbuilder';
import {
  StorageError,
  classifyStorageError,
  type StorageErrorKind,
  type StorageOperation,
} from './storageErrors';
import { readDroppingUnreadable } from './unreadableState';

/** Told about every failed storage call (metrics count them). */
export type StorageErrorListener = (operation: StorageOperation, kind: StorageErrorKind) => void;

/**
 * Wraps any Bot Framework Storage so that a failure is counted once and reaches the turn's error
 * handler as a StorageError, which says whether it was a conflict or an outage. An item that
 * cannot be read back is counted as `corrupt`, dropped and started afresh (see unreadableState).
 */
export class InstrumentedStorage implements Storage {
  constructor(
    readonly inner: Storage,
    private readonly onError: StorageErrorListener,
  ) {}

  read(keys: string[]): Promise<StoreItems> {
    return this.call('read', () =>
      readDroppingUnreadable(this.inner, keys, () => {
        this.onError('read', 'corrupt');
      }),
    );
  }

  write(changes: StoreItems): Promise<void> {
    return this.call('write', () => this.inner.write(changes));
  }

  delete(keys: string[]): Promise<void> {
    return this.call('delete', () => this.inner.delete(keys));
  }

  private async call<T>(operation: StorageOperation, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error: unknown) {
      const kind = classifyStorageError(error);
      this.onError(operation, kind);
      throw new StorageError(kind, operation, { cause: error });
    }
  }
}
