import type { StoreItem } from 'botbuilder';
import { NodeCacheStorage } from '../../../src/state/nodeCacheStorage';

describe('NodeCacheStorage', () => {
  const storages: NodeCacheStorage[] = [];
  const make = (ttl = 60) => {
    const s = new NodeCacheStorage(ttl);
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
});
