/** Restores optimistic concurrency under BotState, which writes every item with eTag "*" (last writer wins). */
import type { StoreItem, StoreItems } from 'botbuilder';
import type { AbortableStorage } from './storageDeadline';

/** A Storage whose writes report the eTag each item was given. */
export interface VersionedStorage extends AbortableStorage {
  /**
   * Writes like `write`: eTag "*" overwrites, another eTag must match the stored one, and no eTag
   * creates the item (refused when it exists). Resolves to the new eTag of each key.
   */
  writeVersioned(changes: StoreItems, signal?: AbortSignal): Promise<Record<string, string>>;
}

/** True when `storage` reports the eTags of its writes. */
export function isVersionedStorage(storage: AbortableStorage): storage is VersionedStorage {
  return typeof (storage as Partial<VersionedStorage>).writeVersioned === 'function';
}

/**
 * botbuilder's BotState.saveChanges sets `eTag = "*"` on every write, whatever `force` says, so
 * two turns of one conversation on two instances (or two at once on one) silently overwrite each
 * other. This wrapper remembers the eTag of every item object it hands out on a read (BotState
 * keeps that very object as the turn's state) and writes the object back with that eTag; an
 * object it never handed out (BotState's `{}` for a conversation not stored yet, or after
 * `delete`) is written as a create. A turn that lost a race therefore gets an eTag conflict
 * instead of overwriting the winner. After a write, the object carries its new eTag, so a second
 * save in the same turn works.
 */
export class OptimisticStorage implements AbortableStorage {
  private readonly versions = new WeakMap<object, string>();

  constructor(readonly inner: VersionedStorage) {}

  async read(keys: string[], signal?: AbortSignal): Promise<StoreItems> {
    const items = await this.inner.read(keys, signal);
    for (const item of Object.values(items) as StoreItem[]) {
      if (typeof item.eTag === 'string') this.versions.set(item, item.eTag);
    }
    return items;
  }

  async write(changes: StoreItems, signal?: AbortSignal): Promise<void> {
    const guarded: StoreItems = {};
    for (const [key, item] of Object.entries(changes) as [string, StoreItem][]) {
      guarded[key] = { ...item, eTag: this.versionOf(item) };
    }
    const written = await this.inner.writeVersioned(guarded, signal);
    for (const [key, item] of Object.entries(changes) as [string, StoreItem][]) {
      const eTag = written[key];
      if (eTag !== undefined) this.versions.set(item, eTag);
    }
  }

  delete(keys: string[], signal?: AbortSignal): Promise<void> {
    return this.inner.delete(keys, signal);
  }

  /** The eTag to write `item` with: the one it was read with, the caller's own, or none (create). */
  private versionOf(item: StoreItem): string | undefined {
    const known = this.versions.get(item);
    if (known !== undefined) return known;
    return item.eTag === '*' || item.eTag === '' ? undefined : item.eTag;
  }
}
