/** Conversation and user state that tell a change by the state's JSON text instead of a SHA-256 per look. */
import { BotState, ConversationState, UserState, type Storage, type TurnContext } from 'botbuilder';

/**
 * The JSON text a store read each item from (without its eTag), for the items of stores that tell
 * it (NodeCacheStorage). Weak: an item is forgotten with its turn.
 */
const storedJson = new WeakMap<object, string>();

/** Called by a store on each item it read: `json` is the text the item was parsed from, without eTag. */
export function rememberStoredJson(item: object, json: string): void {
  storedJson.set(item, json);
}

/** A state's JSON text without its eTag: what a store writes, and what tells whether it changed. */
function jsonOf(state: Record<string, unknown>): string {
  return JSON.stringify({ ...state, eTag: undefined });
}

/** The state of one turn and its JSON text as last read or saved. */
interface Cached {
  state: Record<string, unknown>;
  json: string;
}

/**
 * A BotState (conversation or user state) that does what BotState does with the state of a turn
 * (load it once and hand out the same object, clear, delete, save only when changed) but tells a
 * change by comparing JSON text. botbuilder's BotState takes a SHA-256 of a copy walked by a
 * replacer function on the load, before the save and again after it: five such hashes a turn
 * were 9 % of the guide's CPU (bench/turnCost). Here the load's snapshot is the text the store
 * read (no work) or one JSON.stringify, and a save costs one JSON.stringify, reused after the write.
 */
export class JsonBotState extends BotState {
  /** Where the turn's state is kept in turnState (one key per state object, as BotState does). */
  private readonly key = Symbol('state');

  /** Conversation state, kept under ConversationState's keys. */
  static conversation(storage: Storage): JsonBotState {
    const keys = new ConversationState(storage);
    return new JsonBotState(storage, (context) => keyOrFail(keys.getStorageKey(context)));
  }

  /** User state, kept under UserState's keys. */
  static user(storage: Storage): JsonBotState {
    const keys = new UserState(storage);
    return new JsonBotState(storage, (context) => keyOrFail(keys.getStorageKey(context)));
  }

  override async load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    const cached = context.turnState.get<Cached | undefined>(this.key);
    if (!force && cached !== undefined) return cached.state;
    const key = await this.storageKey(context);
    const items = await this.storage.read([key]);
    const state = (items[key] ?? {}) as Record<string, unknown>;
    context.turnState.set(this.key, { state, json: storedJson.get(state) ?? jsonOf(state) });
    return state;
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    const cached = context.turnState.get<Cached | undefined>(this.key);
    if (cached === undefined && !force) return;
    const json = cached === undefined ? undefined : jsonOf(cached.state);
    if (!force && json === cached?.json) return;
    const key = await this.storageKey(context);
    const saving: Cached = cached ?? { state: {}, json: '' };
    saving.state.eTag = '*';
    await this.storage.write({ [key]: saving.state });
    saving.json = json ?? jsonOf(saving.state);
    context.turnState.set(this.key, saving);
  }

  override clear(context: TurnContext): Promise<void> {
    // An empty text is no state's JSON: the next save writes.
    context.turnState.set(this.key, { state: {}, json: '' });
    return Promise.resolve();
  }

  override async delete(context: TurnContext): Promise<void> {
    context.turnState.delete(this.key);
    const key = await this.storageKey(context);
    await this.storage.delete([key]);
  }

  override get(context: TurnContext): Record<string, unknown> | undefined {
    return context.turnState.get<Cached | undefined>(this.key)?.state;
  }
}

/** The storage key, or the error BotState's own states give when an activity has none. */
function keyOrFail(key: string | undefined): Promise<string> {
  return key === undefined
    ? Promise.reject(new Error('state: the activity gives no storage key'))
    : Promise.resolve(key);
}
