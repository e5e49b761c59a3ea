/**
 * Results of a pure function remembered per key, at most `size` of them: when full the memo is
 * forgotten at once and gathered afresh, so a flood of new keys (every message differs) cannot
 * grow it without end, while the keys that keep coming back are found again at once.
 */
export class BoundedMemo<K, V> {
  private readonly values = new Map<K, V>();

  constructor(readonly size: number) {}

  /** The remembered result for `key`, or `compute(key)`, remembered. */
  get(key: K, compute: (key: K) => V): V {
    if (this.values.has(key)) return this.values.get(key) as V;
    const value = compute(key);
    if (this.values.size >= this.size) this.values.clear();
    this.values.set(key, value);
    return value;
  }

  /** How many results are remembered now. */
  get count(): number {
    return this.values.size;
  }
}
