/** A Bot Framework store for tests that can be told to fail like an unreachable Azure Storage, or to lose every race. */
import type { Storage, StoreItems } from 'botbuilder';
import { NodeCacheStorage } from '../../src/state/nodeCacheStorage';

/** A store that can be told to fail like an unreachable Azure Storage, or to lose every race. */
export class FlakyStorage implements Storage {
  readonly inner = new NodeCacheStorage(600);
  /** down: refused at once; hang: never answers (a paused store); conflict: every write loses. */
  mode: 'ok' | 'down' | 'hang' | 'conflict' = 'ok';

  read(keys: string[]): Promise<StoreItems> {
    if (this.mode === 'hang') return new Promise(() => undefined);
    if (this.mode === 'down') return Promise.reject(unreachable());
    return this.inner.read(keys);
  }

  write(changes: StoreItems): Promise<void> {
    if (this.mode === 'hang') return new Promise(() => undefined);
    if (this.mode === 'down') return Promise.reject(unreachable());
    if (this.mode === 'conflict') {
      return Promise.reject(new Error('Storage: error writing "x" due to eTag conflict.'));
    }
    return this.inner.write(changes);
  }

  delete(keys: string[]): Promise<void> {
    if (this.mode === 'down') return Promise.reject(unreachable());
    return this.inner.delete(keys);
  }
}

export function unreachable(): Error {
  return Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:10000'), { code: 'ECONNREFUSED' });
}
