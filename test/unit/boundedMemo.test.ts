import { BoundedMemo } from '../../src/boundedMemo';

describe('BoundedMemo', () => {
  it('computes a key once, remembers undefined too, and never holds more than its size', () => {
    const memo = new BoundedMemo<string, string | undefined>(3);
    let calls = 0;
    const read = (key: string) => {
      calls += 1;
      return key === 'none' ? undefined : key.toUpperCase();
    };
    expect(memo.get('a', read)).toBe('A');
    expect(memo.get('a', read)).toBe('A');
    expect(memo.get('none', read)).toBeUndefined();
    expect(memo.get('none', read)).toBeUndefined();
    expect(calls).toBe(2);
    for (const key of ['b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      expect(memo.get(key, read)).toBe(key.toUpperCase());
      expect(memo.count).toBeLessThanOrEqual(3);
    }
    expect(memo.get('a', read)).toBe('A');
  });
});
