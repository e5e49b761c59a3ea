import {
  ActivityTypes,
  ConversationState,
  TestAdapter,
  TurnContext,
  type Activity,
  type Storage,
} from 'botbuilder';
import { ConflictRetryMiddleware } from '../../../src/state/conflictRetryMiddleware';
import { turnMemo } from '../../../src/state/turnMemo';
import { InstrumentedStorage } from '../../../src/state/instrumentedStorage';
import { NodeCacheStorage } from '../../../src/state/nodeCacheStorage';
import { OptimisticStorage } from '../../../src/state/optimisticStorage';
import { StorageError, isStorageError } from '../../../src/state/storageErrors';

const KEY = 'test/conversations/c1/';
const adapter = new TestAdapter(async () => {
  await Promise.resolve();
});

function turn(): TurnContext {
  const activity: Partial<Activity> = {
    type: ActivityTypes.Message,
    text: 'hej',
    channelId: 'test',
    conversation: { id: 'c1', isGroup: false, conversationType: 'personal', name: 'c' },
    from: { id: 'u1', name: 'u' },
    recipient: { id: 'bot', name: 'bot' },
  };
  return new TurnContext(adapter, activity);
}

describe('OptimisticStorage under BotState', () => {
  const stores: NodeCacheStorage[] = [];
  const memory = () => {
    const store = new NodeCacheStorage(600);
    stores.push(store);
    return store;
  };
  afterAll(() => {
    for (const store of stores) store.close();
  });

  async function twoTurnsAtOnce(storage: Storage, existing: boolean) {
    const state = new ConversationState(storage);
    const count = state.createProperty<number>('count');
    if (existing) {
      const first = turn();
      await count.set(first, 1);
      await state.saveChanges(first);
    }
    const [slow, fast] = [turn(), turn()];
    await count.set(slow, ((await count.get(slow)) ?? 0) + 10);
    await count.set(fast, ((await count.get(fast)) ?? 0) + 100);
    await state.saveChanges(fast);
    const slowSave = state.saveChanges(slow);
    return { slowSave, read: async (): Promise<unknown> => (await storage.read([KEY]))[KEY] };
  }

  it('shows the problem: BotState alone lets the slower turn overwrite the faster one', async () => {
    const { slowSave, read } = await twoTurnsAtOnce(memory(), true);
    await slowSave;
    expect(await read()).toMatchObject({ count: 11 }); // the +100 is lost
  });

  it.each([
    ['an existing conversation', true, 101],
    ['a new conversation', false, 100],
  ])('refuses the slower save of %s with an eTag conflict', async (_what, existing, kept) => {
    const { slowSave, read } = await twoTurnsAtOnce(new OptimisticStorage(memory()), existing);
    await expect(slowSave).rejects.toThrow(/eTag conflict/);
    expect(await read()).toMatchObject({ count: kept });
  });

  it('lets one turn save twice (a middleware saves before the end of the turn)', async () => {
    const state = new ConversationState(new OptimisticStorage(memory()));
    const count = state.createProperty<number>('count');
    const context = turn();
    await count.set(context, 1);
    await state.saveChanges(context);
    await count.set(context, 2);
    await state.saveChanges(context);
    const next = turn();
    expect(await count.get(next)).toBe(2);
  });

  it('writes again after the conversation was deleted in the turn (start over)', async () => {
    const storage = new OptimisticStorage(memory());
    const state = new ConversationState(storage);
    const count = state.createProperty<number>('count');
    const first = turn();
    await count.set(first, 1);
    await state.saveChanges(first);
    const second = turn();
    await count.get(second);
    await state.delete(second);
    await count.set(second, 5);
    await state.saveChanges(second);
    expect(await count.get(turn())).toBe(5);
  });
});

describe('ConflictRetryMiddleware', () => {
  /** A bot whose first attempt loses a race: another instance saves the conversation meanwhile. */
  async function run(replyFirst: boolean) {
    const inner = new NodeCacheStorage(600);
    const errors: string[] = [];
    const storage = new InstrumentedStorage(new OptimisticStorage(inner), (op, kind) =>
      errors.push(`${op}:${kind}`),
    );
    const state = new ConversationState(storage);
    const count = state.createProperty<number>('count');
    let attempts = 0;
    let key = '';
    const memoSeen: unknown[] = [];
    const bot = new TestAdapter(async (context) => {
      attempts++;
      // What the turn worked out from the state it read must not outlive a retry on fresh state.
      memoSeen.push(turnMemo(context).get('meaning'));
      turnMemo(context).set('meaning', `from attempt ${attempts}`);
      const value = (await count.get(context)) ?? 0;
      key = `${context.activity.channelId}/conversations/${context.activity.conversation.id}/`;
      if (attempts === 1) {
        // Another instance saves the same conversation after this turn read it.
        await inner.write({ [key]: { count: 1000, eTag: '*' } });
        if (replyFirst) await context.sendActivity('answer');
      }
      await count.set(context, value + 1);
      await state.saveChanges(context);
    });
    bot.use(new ConflictRetryMiddleware([state]));
    let failure: unknown;
    bot.onTurnError = async (_context, error) => {
      await Promise.resolve();
      failure = error;
    };
    await bot.send('hej').startTest();
    const stored: unknown = (await inner.read([key]))[key];
    inner.close();
    return { attempts, failure, stored, errors, memoSeen };
  }

  it('runs a turn that has not replied again with fresh state', async () => {
    const { attempts, failure, stored, errors, memoSeen } = await run(false);
    expect(attempts).toBe(2);
    expect(memoSeen).toEqual([undefined, undefined]);
    expect(failure).toBeUndefined();
    expect(stored).toMatchObject({ count: 1001 });
    expect(errors).toEqual(['write:conflict']);
  });

  it('passes the conflict of a turn that already replied on to onTurnError', async () => {
    const { attempts, failure, stored } = await run(true);
    expect(attempts).toBe(1);
    expect(isStorageError(failure, 'conflict')).toBe(true);
    expect(stored).toMatchObject({ count: 1000 });
  });
});

describe('InstrumentedStorage', () => {
  it.each([
    [new Error('Storage: error writing "k" due to eTag conflict.'), 'conflict'],
    [Object.assign(new Error('precondition'), { statusCode: 412 }), 'conflict'],
    [Object.assign(new Error('exists'), { statusCode: 409 }), 'conflict'],
    [Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }), 'unavailable'],
    [
      new Error('wrapped', { cause: Object.assign(new Error('x'), { code: 'ETIMEDOUT' }) }),
      'unavailable',
    ],
    [Object.assign(new Error('server busy'), { statusCode: 503 }), 'unavailable'],
    [Object.assign(new Error('aborted'), { name: 'AbortError' }), 'unavailable'],
    [new TypeError('bad input'), 'other'],
  ])('sorts %s as %s, counts it and rethrows a StorageError', async (error, kind) => {
    const seen: string[] = [];
    const failing: Storage = {
      read: () => Promise.reject(error),
      write: () => Promise.reject(error),
      delete: () => Promise.reject(error),
    };
    const storage = new InstrumentedStorage(failing, (op, k) => seen.push(`${op}:${k}`));
    const thrown = await storage.write({}).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(StorageError);
    expect((thrown as StorageError).kind).toBe(kind);
    expect((thrown as StorageError).cause).toBe(error);
    expect(seen).toEqual([`write:${kind}`]);
  });
});
