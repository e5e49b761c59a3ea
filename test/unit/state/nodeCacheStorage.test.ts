import type { StoreItem } from 'botbuilder';
import { NodeCacheStorage } from '../../../src/state/nodeCacheStorage';

describe('NodeCacheStorage', () => {
  const storages: NodeCacheStorage[] = [];
  const make = (ttl = 60, maxItems?: number, maxBytes?: number) => {
    const s = new NodeCacheStorage(ttl, maxItems, maxBytes);
    storages.push(s);
    return s;
  };
  afterAll(() => {
    for (const s of storages) s.close();
  });

  it('reads back what was written, as a copy', async () => {
    const storage = make();
    const item = { lang: 'uk' };
    await storage.write({ a: item });
    item.lang = 'sv';
    const read = await storage.read(['a', 'missing']);
    expect(read.a).toMatchObject({ lang: 'uk' });
    expect(read.missing).toBeUndefined();
  });

  it('refuses a write with a stale eTag and accepts "*"', async () => {
    const storage = make();
    await storage.write({ k: { n: 1 } });
    const first: StoreItem = (await storage.read(['k'])).k as StoreItem;
    await storage.write({ k: { ...first, n: 2 } });
    await expect(storage.write({ k: { ...first, n: 3 } })).rejects.toThrow(/eTag/);
    await storage.write({ k: { n: 4, eTag: '*' } });
    expect((await storage.read(['k'])).k).toMatchObject({ n: 4 });
  });

  it('holds at most maxBytes, forgetting the oldest first, whatever the size of the items', async () => {
    const storage = make(60, 1_000_000, 200_000);
    const big = 'ї'.repeat(10_000); // 20 kB a item as the heap holds it
    for (let n = 0; n < 40; n++) await storage.write({ [`c${n}`]: { text: `${n}${big}` } });
    expect(storage.bytes).toBeLessThanOrEqual(200_000);
    expect(storage.size).toBeGreaterThan(0);
    expect(await storage.read(['c0'])).toEqual({});
    expect(Object.keys(await storage.read(['c39']))).toEqual(['c39']);
  });

  it('counts bytes back on overwrite and delete', async () => {
    const storage = make(60, 100, 1_000_000);
    await storage.write({ k: { text: 'x'.repeat(1000) } });
    const one = storage.bytes;
    await storage.write({ k: { text: 'x'.repeat(1000), eTag: '*' } });
    expect(storage.bytes).toBe(one);
    await storage.delete(['k']);
    expect(storage.bytes).toBe(0);
  });

  it('deletes', async () => {
    const storage = make();
    await storage.write({ k: { n: 1 } });
    await storage.delete(['k']);
    expect(await storage.read(['k'])).toEqual({});
    expect(storage.size).toBe(0);
  });

  it('forgets items left idle past the TTL', async () => {
    jest.useFakeTimers({ now: 0, doNotFake: ['nextTick', 'setImmediate'] });
    try {
      const storage = make(60);
      await storage.write({ k: { n: 1 } });
      jest.setSystemTime(59_000);
      expect((await storage.read(['k'])).k).toBeDefined();
      jest.setSystemTime(61_000);
      expect(await storage.read(['k'])).toEqual({});
    } finally {
      jest.useRealTimers();
    }
  });

  it('stays within its bound, forgetting the items written longest ago', async () => {
    jest.useFakeTimers({ now: 0, doNotFake: ['nextTick', 'setImmediate'] });
    try {
      const storage = make(3600, 10);
      for (let i = 0; i < 10; i++) {
        jest.setSystemTime(i * 1000);
        await storage.write({ [`c${i}`]: { n: i } });
      }
      // c0 is written again: now the most recent, it must outlive c1.
      jest.setSystemTime(10_000);
      await storage.write({ c0: { n: 0, eTag: '*' } });
      for (let i = 10; i < 25; i++) {
        jest.setSystemTime(i * 1000);
        await storage.write({ [`c${i}`]: { n: i } });
        expect(storage.size).toBeLessThanOrEqual(10);
        if (i === 10) expect(Object.keys(await storage.read(['c0', 'c1']))).toEqual(['c0']);
      }
      const all = await storage.read(Array.from({ length: 25 }, (_, i) => `c${i}`));
      expect(Object.keys(all)).toContain('c24');
      expect(Object.keys(all)).not.toContain('c14');
      // Rewriting a kept item never evicts anything.
      const kept = storage.size;
      await storage.write({ c24: { n: 24, eTag: '*' } });
      expect(storage.size).toBe(kept);
    } finally {
      jest.useRealTimers();
    }
  });
});
