/** A Bot Framework store for tests that keeps each item as JSON text and parses it on read, as the blob store does, so a test can corrupt one. */
import type { Storage, StoreItem, StoreItems } from 'botbuilder';

export class RawJsonStorage implements Storage {
  readonly texts = new Map<string, string>();

  read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    try {
      for (const key of keys) {
        const text = this.texts.get(key);
        if (text !== undefined) items[key] = JSON.parse(text) as StoreItem;
      }
    } catch (error: unknown) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    return Promise.resolve(items);
  }

  write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) this.texts.set(key, JSON.stringify(item));
    return Promise.resolve();
  }

  delete(keys: string[]): Promise<void> {
    for (const key of keys) this.texts.delete(key);
    return Promise.resolve();
  }

  /** Replaces the stored text of the one key that contains `part`. */
  corrupt(part: string, text: string): void {
    const key = [...this.texts.keys()].find((k) => k.includes(part));
    if (key === undefined) throw new Error(`nothing stored under a key with ${part}`);
    this.texts.set(key, text);
  }
}
