import {
  ActivityTypes,
  BotState,
  ConversationState,
  MemoryStorage,
  TestAdapter,
  TurnContext,
  UserState,
  type Activity,
  type StoreItem,
  type StoreItems,
} from 'botbuilder';
import { JsonBotState } from '../../../src/state/jsonChangeState';
import { NodeCacheStorage } from '../../../src/state/nodeCacheStorage';
import { OptimisticStorage } from '../../../src/state/optimisticStorage';

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

/** A MemoryStorage that records every write and delete (without eTags). */
class RecordingStorage extends MemoryStorage {
  readonly log: string[] = [];

  override write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes) as [string, Record<string, unknown>][]) {
      this.log.push(`write ${key} ${JSON.stringify({ ...item, eTag: undefined })}`);
    }
    return super.write(changes);
  }

  override delete(keys: string[]): Promise<void> {
    this.log.push(`delete ${keys.join(',')}`);
    return super.delete(keys);
  }
}

/**
 * Turns that read, change, clear, delete and save state in every way the bot does: what reaches
 * the store, and what each step hands out.
 */
async function scenario(make: (storage: RecordingStorage) => BotState): Promise<string[]> {
  const storage = new RecordingStorage();
  const state = make(storage);
  const data = state.createProperty<{ n?: number; words?: string[] }>('data');
  const seen: string[] = [];
  const see = (label: string, value: unknown) => seen.push(`${label} ${JSON.stringify(value)}`);

  const t1 = turn();
  see('get before load', state.get(t1));
  (await data.get(t1, {})).n = 1;
  await state.saveChanges(t1);
  await state.saveChanges(t1); // unchanged since the save: no second write
  (await data.get(t1, {})).words = ['ett', 'två'];
  await state.saveChanges(t1); // changed again in the same turn: written again

  const t2 = turn();
  see('read back', await data.get(t2));
  await state.saveChanges(t2); // read, not changed: no write
  await state.saveChanges(t2, true); // forced: written
  see('get after load', state.get(t2));

  const t3 = turn();
  (await data.get(t3, {})).n = 2;
  see('forced reload drops the change', (await state.load(t3, true)) as unknown);
  await state.saveChanges(t3);
  await state.clear(t3);
  see('after clear', await data.get(t3));
  await state.saveChanges(t3); // cleared: written empty

  const t4 = turn();
  (await data.get(t4, {})).n = 3;
  await state.saveChanges(t4);
  await state.delete(t4);
  see('get after delete', state.get(t4));
  await state.saveChanges(t4); // nothing loaded since the delete: no write
  see('read after delete', await data.get(turn()));

  const t5 = turn();
  await state.saveChanges(t5, true); // never loaded, forced: an empty state is written
  const t6 = turn();
  await state.saveChanges(t6); // never loaded: nothing
  return [...seen.map((s) => s.replace(/"eTag":"[^"]*",?/g, '')), ...storage.log];
}

describe('JsonBotState', () => {
  it("does what botbuilder's ConversationState does, step by step and in the store", async () => {
    const expected = await scenario((s) => new ConversationState(s));
    expect(await scenario((s) => JsonBotState.conversation(s))).toEqual(expected);
    expect(expected.filter((l) => l.startsWith('write')).length).toBe(6);
    expect(expected).toContain('delete test/conversations/c1/');
  });

  it("does what botbuilder's UserState does, under the user's key", async () => {
    const expected = await scenario((s) => new UserState(s));
    expect(await scenario((s) => JsonBotState.user(s))).toEqual(expected);
    expect(expected).toContain('delete test/users/u1/');
  });

  it('writes nothing for a turn that read state from the store and left it as it was', async () => {
    const store = new NodeCacheStorage(600);
    const stored = async (): Promise<StoreItem> => (await store.read([KEY]))[KEY] as StoreItem;
    try {
      const storage = new OptimisticStorage(store);
      const state = JsonBotState.conversation(storage);
      const data = state.createProperty<Record<string, unknown>>('data');
      const first = turn();
      Object.assign(await data.get(first, {}), { text: 'Försäkringskassan', list: [1, 2] });
      await state.saveChanges(first);
      const { eTag } = await stored();

      const unchanged = turn();
      await data.get(unchanged);
      await state.saveChanges(unchanged);
      expect((await stored()).eTag).toBe(eTag);

      const changed = turn();
      (await data.get(changed, {})).text = 'Skatteverket';
      await state.saveChanges(changed);
      const read = await stored();
      expect(read.eTag).not.toBe(eTag);
      expect(read).toMatchObject({ data: { text: 'Skatteverket', list: [1, 2] } });
    } finally {
      store.close();
    }
  });
});
