import type { Activity } from 'botbuilder';
import { conversations, TestConversation } from '../helpers/guideHarness';

const bot = conversations({ channelId: 'telephony' });
const call = (locale: string, channelId = 'telephony'): TestConversation =>
  bot.start(locale, { channelId });

/** Everything the bot sent for one incoming activity, events included. */
async function send(c: TestConversation, input: Partial<Activity>): Promise<Partial<Activity>[]> {
  c.adapter.activeQueue.splice(0);
  await c.adapter.receiveActivity({ locale: c.options.locale, ...input });
  return c.adapter.activeQueue.splice(0);
}
const say = (c: TestConversation, text: string) => send(c, { type: 'message', text });

describe.each([
  [
    'sv-SE',
    'Jag har blivit arbetslös',
    'Kan jag prata med en människa?',
    /kopplar dig till Arbetsförmedlingen/,
    /gick inte att koppla/,
    'hej då',
  ],
  [
    'en-GB',
    'I lost my job',
    'Can I talk to someone?',
    /putting you through to/,
    /couldn't put the call through/,
    'goodbye',
  ],
  [
    'uk-UA',
    'Я втратив роботу',
    'Можна поговорити з людиною?',
    /Переводжу ваш дзвінок до Служби зайнятості/,
    /Не вдалося зʼєднати/,
    'до побачення',
  ],
])('a person on the telephone (%s)', (locale, matter, person, connecting, failed, bye) => {
  it('puts the call through to the body in E.164, and gives the number when that fails', async () => {
    const c = call(locale);
    await say(c, matter);
    const out = await say(c, person);
    const message = out.find((a) => a.type === 'message');
    expect(message?.text).toMatch(connecting);
    expect(message?.speak).toMatch(/^<speak /);
    const handoff = out.find((a) => a.type === 'event');
    expect(handoff?.name).toBe('handoff.initiate');
    expect(JSON.stringify(handoff?.value)).toContain('+46771416416');

    const back = await send(c, {
      type: 'event',
      name: 'handoff.status',
      value: { state: 'failed', message: 'busy' },
    });
    const text = back.map((a) => a.text ?? '').join('\n');
    expect(text).toMatch(failed);
    expect(text).toMatch(/0771-416 416/);
  });

  it('a goodbye ends the call', async () => {
    const c = call(locale);
    await say(c, matter);
    const out = await say(c, bye);
    expect(out.map((a) => a.type)).toContain('endOfConversation');
  });
});

describe('a person in the chat', () => {
  it('gets the number, not a transfer', async () => {
    const c = call('en-GB', 'webchat');
    await say(c, 'I lost my job');
    const out = await say(c, 'Can I talk to someone?');
    expect(out.map((a) => a.type)).toEqual(['message']);
    expect(out[0]?.text).toMatch(/0771-416 416/);
  });
});
