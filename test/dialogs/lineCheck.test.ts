/**
 * "Hello? Is anyone there?" checks the line: on the phone and in the chat it gets "yes, I'm here"
 * and the open question again (or, with nothing asked, what the person needs), never a transfer.
 * A real request for a person still puts the call through.
 */
import type { Activity } from 'botbuilder';
import { conversations, type TestConversation } from '../helpers/guideHarness';

const bot = conversations({ channelId: 'telephony' });

/** Everything the bot sent for one message, events included. */
async function say(c: TestConversation, text: string): Promise<Partial<Activity>[]> {
  c.adapter.activeQueue.splice(0);
  await c.adapter.receiveActivity({ type: 'message', text, locale: c.options.locale });
  return c.adapter.activeQueue.splice(0);
}
const texts = (out: Partial<Activity>[]): string => out.map((a) => a.text ?? '').join('\n');
const transfers = (out: Partial<Activity>[]): boolean =>
  out.some((a) => a.type === 'event' && a.name === 'handoff.initiate');

describe.each([
  {
    locale: 'sv-SE',
    lineChecks: ['hallå, är det någon där?', 'hallå? hör du mig?'],
    here: /^Ja, jag är här\./,
    askNeed: /Vad behöver du hjälp med\?/,
    matter: 'vi väntar barn och undrar hur man söker föräldrapenning',
    yes: 'ja',
    persons: ['kan jag prata med någon där', 'jag vill prata med en människa'],
  },
  {
    locale: 'en-GB',
    lineChecks: ['hello? is anyone there?', 'are you still there?'],
    here: /^Yes, I'm here\./,
    askNeed: /What do you need help with\?/,
    matter: 'we are expecting a baby, how do I apply for parental benefit',
    yes: 'yes',
    persons: [
      'can I speak to someone there?',
      'I want to talk to a person',
      'is there anyone I can talk to?',
    ],
  },
  {
    locale: 'uk-UA',
    lineChecks: ['алло алло, хтось є?', 'алло, ви мене чуєте?'],
    here: /^Так, я тут\./,
    askNeed: /З чим вам потрібна допомога\?/,
    matter: 'ми чекаємо дитину, як подати заяву на батьківську допомогу',
    yes: 'так',
    persons: ['можна поговорити з кимось?', 'хочу поговорити з живою людиною'],
  },
])('checking the line ($locale)', (l) => {
  it.each(['telephony', 'webchat'])(
    'as the first turn: yes, and what the person needs, no transfer (%s)',
    async (channelId) => {
      for (const check of l.lineChecks) {
        const c = bot.start(l.locale, { channelId });
        const out = await say(c, check);
        expect(transfers(out)).toBe(false);
        expect(texts(out)).toMatch(l.here);
        expect(texts(out)).toMatch(l.askNeed);
      }
    },
  );

  it('after an office offer: yes, the offer asked again, and a yes still answers it', async () => {
    const c = bot.start(l.locale);
    const offer = await say(c, l.matter);
    const question = offer.filter((a) => a.type === 'message').at(-1)?.text ?? '';
    const lastLine = question.split('\n').filter(Boolean).at(-1) ?? '';
    expect(lastLine).toMatch(/\?$/);
    const out = await say(c, l.lineChecks[0] ?? '');
    expect(transfers(out)).toBe(false);
    expect(texts(out)).toMatch(l.here);
    expect(texts(out)).toContain(lastLine);
    const next = await say(c, l.yes);
    expect(transfers(next)).toBe(false);
    expect(texts(next)).not.toMatch(l.here);
    expect(texts(next).length).toBeGreaterThan(0);
  });

  it('a real request for a person still puts the call through', async () => {
    for (const person of l.persons) {
      const c = bot.start(l.locale);
      await say(c, l.matter);
      const out = await say(c, person);
      expect({ person, transfers: transfers(out) }).toEqual({ person, transfers: true });
      const first = bot.start(l.locale);
      const atStart = await say(first, person);
      expect({ person, here: l.here.test(texts(atStart)) }).toEqual({ person, here: false });
    }
  });
});
