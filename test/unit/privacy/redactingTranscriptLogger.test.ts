import {
  ActivityTypes,
  MemoryTranscriptStore,
  TestAdapter,
  TranscriptLoggerMiddleware,
} from 'botbuilder';
import {
  RedactingTranscriptLogger,
  redactActivity,
} from '../../../src/privacy/redactingTranscriptLogger';

const SECRETS = ['19851224-1231', '070-987 65 43', 'anna@example.se'];

describe('RedactingTranscriptLogger', () => {
  it('stores both sides of a conversation with nothing personal in them', async () => {
    const store = new MemoryTranscriptStore();
    const adapter = new TestAdapter(async (context) => {
      await context.sendActivity(`Du skrev: ${context.activity.text}`);
    });
    adapter.use(new TranscriptLoggerMiddleware(new RedactingTranscriptLogger(store)));
    await adapter
      .send({
        type: ActivityTypes.Message,
        text: `pnr ${SECRETS[0]!}, tel ${SECRETS[1]!}`,
        value: { email: SECRETS[2], nested: [{ phone: SECRETS[1] }] },
        from: { id: 'u1', name: SECRETS[2]! },
      })
      .assertReply(() => undefined)
      .startTest();
    const { items } = await store.getTranscriptActivities('test', 'Convo1');
    expect(items.length).toBe(2);
    const json = JSON.stringify(items);
    for (const secret of SECRETS) expect(json).not.toContain(secret);
    expect(json).toContain('[personnummer]');
    expect(json).toContain('[phone]');
    expect(json).toContain('[e-mail]');
  });

  it('leaves the original activity alone and cuts off very deep nesting', () => {
    let deep: unknown = 'anna@example.se';
    for (let i = 0; i < 50; i++) deep = { deep };
    const activity = { type: 'message', text: 'anna@example.se', value: deep };
    const redacted = redactActivity(activity);
    expect(activity.text).toBe('anna@example.se');
    expect(redacted.text).toBe('[e-mail]');
    expect(JSON.stringify(redacted)).not.toContain('anna@example.se');
  });
});
