/** A Bot Framework Storage kept in process memory, whose items expire when left idle (node-cache TTL). */
import type { StoreItem, StoreItems } from 'botbuilder';
import NodeCache from 'node-cache';
import { rememberStoredJson } from './jsonChangeState';
import type { VersionedStorage } from './optimisticStorage';

/**
 * In-process storage with expiry: an item not written for `ttlSeconds` is dropped, so idle
 * conversations do not pile up. Writes honour ETags as the Bot Framework storages do: a write
 * whose eTag is neither "*" nor the stored one is refused, so concurrent turns cannot silently
 * overwrite each other. A write without an eTag creates the item, and is refused when the item
 * already exists (two first turns of one conversation at once). All items of a write are checked
 * before any is written. The store holds at most `maxItems` items and `maxBytes` bytes (counted
 * as the heap holds the JSON text: two bytes a character at most, plus the key and a fixed cost
 * per entry): past either, those written longest ago are forgotten first (at least a tenth of the
 * store at a time), so memory stays bounded whatever people write and however many they are.
 */
/** What the cache holds per key: the item as JSON (so nobody shares the object) and its eTag. */
interface Entry {
  eTag: string;
  json: string;
}

/** What one entry costs beyond its text: node-cache's wrapper, the entry object, the key slot. */
const ENTRY_OVERHEAD_BYTES = 200;

/** The heap bytes an entry holds, at most. */
function entryBytes(key: string, entry: Entry): number {
  return 2 * (key.length + entry.json.length + entry.eTag.length) + ENTRY_OVERHEAD_BYTES;
}

export class NodeCacheStorage implements VersionedStorage {
  private readonly cache: NodeCache;
  private nextTag = 1;
  private heldBytes = 0;

  constructor(
    readonly ttlSeconds: number,
    readonly maxItems = Number.POSITIVE_INFINITY,
    readonly maxBytes = Number.POSITIVE_INFINITY,
  ) {
    this.cache = new NodeCache({
      stdTTL: ttlSeconds,
      checkperiod: Math.min(600, Math.max(1, Math.ceil(ttlSeconds / 4))),
      useClones: false,
    });
    // Deletes and expiries alike come through "del".
    this.cache.on('del', (key: string, entry: Entry) => {
      this.heldBytes -= entryBytes(key, entry);
    });
  }

  read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const entry = this.cache.get<Entry>(key);
      if (entry === undefined) continue;
      const item = JSON.parse(entry.json) as StoreItem;
      item.eTag = entry.eTag;
      rememberStoredJson(item, entry.json);
      items[key] = item;
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
    const incoming = entries.map(([key, item]): [string, Entry] => {
      const value: Record<string, unknown> = { ...item };
      delete value.eTag;
      return [key, { eTag: String(this.nextTag++), json: JSON.stringify(value) }];
    });
    let addedBytes = 0;
    for (const [key, entry] of incoming) {
      addedBytes += entryBytes(key, entry);
      const current = this.cache.get<Entry>(key);
      if (current !== undefined) addedBytes -= entryBytes(key, current);
    }
    const added = entries.filter(([key]) => !this.cache.has(key)).length;
    const overItems = this.size + added - this.maxItems;
    const overBytes = this.heldBytes + addedBytes - this.maxBytes;
    if ((added > 0 && overItems > 0) || overBytes > 0) this.evict(overItems, overBytes);
    const written: Record<string, string> = {};
    for (const [key, entry] of incoming) {
      const current = this.cache.get<Entry>(key);
      if (current !== undefined) this.heldBytes -= entryBytes(key, current);
      this.cache.set<Entry>(key, entry);
      this.heldBytes += entryBytes(key, entry);
      written[key] = entry.eTag;
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

  /** The heap bytes the items hold now (as counted for `maxBytes`). */
  get bytes(): number {
    return this.heldBytes;
  }

  /**
   * Forgets the items written longest ago (they expire first): at least `items` of them and enough
   * to free `bytes`, and at least a tenth of the store, so eviction is rare under steady traffic.
   */
  private evict(items: number, bytes: number): void {
    const tenth = Math.ceil(Math.min(this.maxItems, this.size) / 10);
    const byExpiry = this.cache
      .keys()
      .map((key) => ({ key, expires: this.cache.getTtl(key) ?? 0 }))
      .sort((a, b) => a.expires - b.expires);
    const doomed: string[] = [];
    let freed = 0;
    for (const { key } of byExpiry) {
      if (doomed.length >= Math.max(items, tenth) && freed >= bytes) break;
      const entry = this.cache.get<Entry>(key);
      if (entry !== undefined) freed += entryBytes(key, entry);
      doomed.push(key);
    }
    this.cache.del(doomed);
  }

  /** Stops the expiry timer (for a clean shutdown). */
  close(): void {
    this.cache.close();
  }
}
