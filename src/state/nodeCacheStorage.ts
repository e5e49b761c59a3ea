/** A Bot Framework Storage kept in process memory, whose items expire when left idle (node-cache TTL). */
import type { StoreItem, StoreItems } from 'botbuilder';
import NodeCache from 'node-cache';
import type { VersionedStorage } from './optimisticStorage';

/**
 * In-process storage with expiry: an item not written for `ttlSeconds` is dropped, so idle
 * conversations do not pile up. Writes honour ETags as the Bot Framework storages do: a write
 * whose eTag is neither "*" nor the stored one is refused, so concurrent turns cannot silently
 * overwrite each other. A write without an eTag creates the item, and is refused when the item
 * already exists (two first turns of one conversation at once). All items of a write are checked
 * before any is written. The store holds at most `maxItems`: when a new item would pass that, the
 * tenth written longest ago is forgotten first, so memory stays bounded under any traffic.
 */
/** What the cache holds per key: the item as JSON (so nobody shares the object) and its eTag. */
interface Entry {
  eTag: string;
  json: string;
}

export class NodeCacheStorage implements VersionedStorage {
  private readonly cache: NodeCache;
  private nextTag = 1;

  constructor(
    readonly ttlSeconds: number,
    readonly maxItems = Number.POSITIVE_INFINITY,
  ) {
    this.cache = new NodeCache({
      stdTTL: ttlSeconds,
      checkperiod: Math.min(600, Math.max(1, Math.ceil(ttlSeconds / 4))),
      useClones: false,
    });
  }

  read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const entry = this.cache.get<Entry>(key);
      if (entry !== undefined)
        items[key] = { ...(JSON.parse(entry.json) as StoreItem), eTag: entry.eTag };
    }
    return Promise.resolve(items);
  }

  write(changes: StoreItems): Promise<void> {
    return this.writeVersioned(changes).then(() => undefined);
  }

  /** Writes and tells the new eTag of each key (see OptimisticStorage). */
  writeVersioned(changes: StoreItems): Promise<Record<string, string>> {
    const entries = Object.entries(changes) as [string, StoreItem][];
    for (const [key, item] of entries) {
      const current = this.cache.get<Entry>(key);
      // No eTag means "create": if another turn created the item meanwhile, that is a conflict too.
      if (current !== undefined && item.eTag !== '*' && current.eTag !== item.eTag) {
        return Promise.reject(new Error(`Storage: eTag conflict writing ${key}`));
      }
    }
    const added = entries.filter(([key]) => !this.cache.has(key)).length;
    if (added > 0 && this.size + added > this.maxItems)
      this.evict(this.size + added - this.maxItems);
    const written: Record<string, string> = {};
    for (const [key, item] of entries) {
      const eTag = String(this.nextTag++);
      const value: Record<string, unknown> = { ...item };
      delete value.eTag;
      this.cache.set<Entry>(key, { eTag, json: JSON.stringify(value) });
      written[key] = eTag;
    }
    return Promise.resolve(written);
  }

  delete(keys: string[]): Promise<void> {
    this.cache.del(keys);
    return Promise.resolve();
  }

  /** How many items are held now. */
  get size(): number {
    return this.cache.getStats().keys;
  }

  /** Forgets at least `needed` items, and a tenth of the store, written longest ago (they expire first). */
  private evict(needed: number): void {
    const count = Math.max(needed, Math.ceil(this.maxItems / 10));
    const byExpiry = this.cache
      .keys()
      .map((key) => ({ key, expires: this.cache.getTtl(key) ?? 0 }))
      .sort((a, b) => a.expires - b.expires);
    this.cache.del(byExpiry.slice(0, count).map((e) => e.key));
  }

  /** Stops the expiry timer (for a clean shutdown). */
  close(): void {
    this.cache.close();
  }
}
