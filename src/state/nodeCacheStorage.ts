/** A Bot Framework Storage kept in process memory, whose items expire when left idle (node-cache TTL). */
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import NodeCache from 'node-cache';

/**
 * In-process storage with expiry: an item not written for `ttlSeconds` is dropped, so idle
 * conversations do not pile up. Writes honour ETags as the Bot Framework storages do: a write
 * whose eTag is neither "*" nor the stored one is refused, so concurrent turns cannot silently
 * overwrite each other.
 */
export class NodeCacheStorage implements Storage {
  private readonly cache: NodeCache;
  private nextTag = 1;

  constructor(readonly ttlSeconds: number) {
    this.cache = new NodeCache({
      stdTTL: ttlSeconds,
      checkperiod: Math.min(600, Math.max(1, Math.ceil(ttlSeconds / 4))),
      useClones: false,
    });
  }

  read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const raw = this.cache.get<string>(key);
      if (raw !== undefined) items[key] = JSON.parse(raw) as StoreItem;
    }
    return Promise.resolve(items);
  }

  write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes) as [string, StoreItem][]) {
      const current = this.cache.get<string>(key);
      if (current !== undefined && item.eTag !== undefined && item.eTag !== '*') {
        const stored = (JSON.parse(current) as StoreItem).eTag;
        if (stored !== item.eTag) {
          return Promise.reject(new Error(`Storage: eTag conflict writing ${key}`));
        }
      }
      const next: StoreItem = { ...item, eTag: String(this.nextTag++) };
      this.cache.set(key, JSON.stringify(next));
    }
    return Promise.resolve();
  }

  delete(keys: string[]): Promise<void> {
    this.cache.del(keys);
    return Promise.resolve();
  }

  /** How many items are held now. */
  get size(): number {
    return this.cache.keys().length;
  }

  /** Stops the expiry timer (for a clean shutdown). */
  close(): void {
    this.cache.close();
  }
}
