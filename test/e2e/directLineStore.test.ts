/** The local Direct Line's memory and adapter: bounded conversations and activities, token rules, proactive messages. */
import { ActivityTypes, TurnContext, type Activity } from 'botbuilder';
import { ConversationStore } from '../../src/channels/directLine/conversationStore';
import {
  DirectLineAdapter,
  NotSupportedError,
} from '../../src/channels/directLine/directLineAdapter';

const bearer = (token: string) => `Bearer ${token}`;

function storeAt(
  start: number,
  options: Partial<ConstructorParameters<typeof ConversationStore>[0]> = {},
) {
  const clock = { now: start };
  const store = new ConversationStore({ now: () => clock.now, ...options });
  return { store, clock };
}

describe('ConversationStore', () => {
  it('keeps at most maxActivities per conversation, and watermarks keep counting', () => {
    const { store } = storeAt(0, { maxActivities: 3 });
    const { conversation } = store.create();
    for (let i = 1; i <= 5; i++) store.append(conversation, { type: 'message', text: `m${i}` });
    const all = store.after(conversation, '');
    expect(all?.activities.map((a) => a.text)).toEqual(['m3', 'm4', 'm5']);
    expect(all?.watermark).toBe('5');
    expect(store.after(conversation, '4')?.activities.map((a) => a.text)).toEqual(['m5']);
    expect(store.after(conversation, '-1')).toBeUndefined();
    expect(store.after(conversation, '1.5')).toBeUndefined();
  });

  it('keeps at most maxBytes of activities per conversation (but always the newest one)', () => {
    const { store } = storeAt(0, { maxBytes: 600 });
    const { conversation } = store.create();
    for (let i = 0; i < 5; i++)
      store.append(conversation, { type: 'message', text: 'x'.repeat(200) });
    expect(store.after(conversation, '')?.activities.length).toBeLessThan(5);
    store.append(conversation, { type: 'message', text: 'y'.repeat(2000) });
    expect(store.after(conversation, '')?.activities.map((a) => a.text?.[0])).toEqual(['y']);
  });

  it('forgets the least recently used conversation when full', () => {
    const { store, clock } = storeAt(1000, { maxConversations: 2 });
    const a = store.create();
    clock.now += 1;
    const b = store.create();
    clock.now += 1;
    expect(store.authorize(bearer(a.token.token)).ok).toBe(true); // a is used again
    clock.now += 1;
    store.create();
    expect(store.size).toBe(2);
    expect(store.get(a.conversation.id)).toBeDefined();
    expect(store.get(b.conversation.id)).toBeUndefined();
    expect(store.authorize(bearer(b.token.token))).toEqual({
      ok: false,
      denial: expect.objectContaining({ status: 403 }) as unknown,
    });
  });

  it('forgets idle conversations and their tokens', () => {
    const { store, clock } = storeAt(0, { idleMs: 10_000, tokenTtlMs: 60_000 });
    const idle = store.create();
    clock.now += 5_000;
    const busy = store.create();
    clock.now += 6_000;
    store.sweep();
    expect(store.get(idle.conversation.id)).toBeUndefined();
    expect(store.get(busy.conversation.id)).toBeDefined();
    const denied = store.authorize(bearer(idle.token.token));
    expect(denied.ok).toBe(false);
  });

  it('binds a token to its conversation and lets it expire', () => {
    const { store, clock } = storeAt(0, { tokenTtlMs: 1000 });
    const a = store.create();
    const b = store.create();
    expect(store.authorize(bearer(a.token.token), a.conversation.id).ok).toBe(true);
    const crossed = store.authorize(bearer(a.token.token), b.conversation.id);
    expect(crossed.ok ? 0 : crossed.denial.status).toBe(403);
    expect(store.secondsLeft(a.token.token)).toBe(1);
    clock.now += 1000;
    const expired = store.authorize(bearer(a.token.token), a.conversation.id);
    expect(expired.ok ? '' : expired.denial.code).toBe('TokenExpired');
    const none = store.authorize(undefined);
    expect(none.ok ? 0 : none.denial.status).toBe(401);
  });

  it('keeps at most four live tokens per conversation: the oldest goes first', () => {
    const { store } = storeAt(0);
    const { conversation, token } = store.create();
    const later = [1, 2, 3, 4].map(() => store.issueToken(conversation).token);
    expect(store.authorize(bearer(token.token)).ok).toBe(false);
    for (const t of later) expect(store.authorize(bearer(t)).ok).toBe(true);
  });

  it('makes tokens, ids and user ids that do not repeat', () => {
    const { store } = storeAt(0);
    const made = Array.from({ length: 50 }, () => store.create());
    expect(new Set(made.map((m) => m.token.token)).size).toBe(50);
    expect(new Set(made.map((m) => m.conversation.id)).size).toBe(50);
    expect(new Set(made.map((m) => m.conversation.userId)).size).toBe(50);
  });
});

describe('DirectLineAdapter', () => {
  const setup = () => {
    const store = new ConversationStore();
    const { conversation } = store.create();
    const adapter = new DirectLineAdapter(store);
    const reference = {
      channelId: 'webchat',
      serviceUrl: 'urn:local-directline',
      conversation: { id: conversation.id, isGroup: false, conversationType: 'personal', name: '' },
      bot: { id: 'bot', name: 'bot' },
      user: { id: conversation.userId, name: '' },
    };
    return { store, conversation, adapter, reference };
  };

  it('stores replies with ids, and drops traces the client never sees', async () => {
    const { store, conversation, adapter } = setup();
    const incoming: Partial<Activity> = {
      type: ActivityTypes.Message,
      text: 'hej',
      channelId: 'webchat',
      conversation: { id: conversation.id, isGroup: false, conversationType: 'personal', name: '' },
      from: { id: conversation.userId, name: '' },
      recipient: { id: 'bot', name: 'bot' },
    };
    await adapter.processActivity(incoming, async (context) => {
      await context.sendActivity('svar');
      await context.sendActivity({ type: ActivityTypes.Trace, name: 'debug', value: 1 });
    });
    const kept = store.after(conversation, '')?.activities ?? [];
    expect(kept.map((a) => a.text)).toEqual(['svar']);
    expect(kept[0]?.id).toBe(`${conversation.id}|0000001`);
    expect(kept[0]?.recipient?.id).toBe(conversation.userId);
  });

  it('sends proactive messages with continueConversation', async () => {
    const { store, conversation, adapter, reference } = setup();
    await adapter.continueConversation(reference, async (context: TurnContext) => {
      await context.sendActivity('later');
    });
    expect(store.after(conversation, '')?.activities.map((a) => a.text)).toEqual(['later']);
  });

  it('cannot update or delete what was sent', async () => {
    const { adapter } = setup();
    await expect(adapter.updateActivity()).rejects.toBeInstanceOf(NotSupportedError);
    await expect(adapter.deleteActivity()).rejects.toBeInstanceOf(NotSupportedError);
  });
});
