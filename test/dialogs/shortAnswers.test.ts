/**
 * Short answers read against the bot's last question: a bare "va?" / "what?" / "що?" repeats the
 * last reply or question (also while the bot waits for a place, never "place not found"), and
 * "nej tack" / "no thanks" / "ні, дякую" at "where are you?" declines the office search.
 */
import { conversations } from '../helpers/guideHarness';
import { officeIdsOf, spokenOf, textOf } from '../helpers/transcript';

const bot = conversations();

describe.each([
  {
    locale: 'sv-SE',
    matter: 'hur söker jag föräldrapenning?',
    yes: 'ja',
    what: ['va?', 'hä?', 'Vad?'],
    where: /Var befinner du dig\?/,
    notFound: /hittade inte/,
    declines: ['nej tack', 'nej tack, jag gör det på nätet', 'nej'],
    ok: /^Okej\./,
    place: 'jag bor i Gävle',
  },
  {
    locale: 'en-GB',
    matter: 'how do I apply for parental benefit?',
    yes: 'yes',
    what: ['what?', 'huh?', 'sorry?'],
    where: /Where are you\?/,
    notFound: /couldn't find/,
    declines: ['no thanks', "no thank you, I'll do it online", 'no'],
    ok: /^All right\./,
    place: "I'm in Gävle",
  },
  {
    locale: 'uk-UA',
    matter: 'як подати заяву на батьківську допомогу?',
    yes: 'так',
    what: ['що?', 'га?', 'шо?'],
    where: /Де ви перебуваєте\?/,
    notFound: /не вдалося знайти/,
    declines: ['ні, дякую', 'ні дякую, я все зроблю онлайн', 'ні'],
    ok: /^Добре\./,
    place: 'я живу в Євле',
  },
])('short answers ($locale)', (l) => {
  it.each(['test', 'telephony'])(
    'a bare "what?" at "where are you?" asks it again, and a place still answers it (%s)',
    async (channelId) => {
      const c = bot.start(l.locale, { channelId });
      await c.say(l.matter);
      const asked = await c.say(l.yes);
      expect(textOf(asked)).toMatch(l.where);
      for (const what of l.what) {
        const again = await c.say(what);
        expect({ what, text: textOf(again) }).toEqual({ what, text: textOf(asked) });
        expect(textOf(again)).not.toMatch(l.notFound);
        if (channelId === 'telephony') expect(spokenOf(again)).toEqual(spokenOf(asked));
      }
      expect(officeIdsOf(await c.say(l.place)).length).toBeGreaterThan(0);
    },
  );

  it('a bare "what?" after an answer repeats that answer', async () => {
    const c = bot.start(l.locale);
    const answer = await c.say(l.matter);
    expect(textOf(await c.say(l.what[0] ?? ''))).toEqual(textOf(answer));
  });

  it.each(['test', 'telephony'])(
    '"no thanks" at "where are you?" declines, no place search (%s)',
    async (channelId) => {
      for (const decline of l.declines) {
        const c = bot.start(l.locale, { channelId });
        await c.say(l.matter);
        await c.say(l.yes);
        const replies = await c.say(decline);
        const said = channelId === 'telephony' ? spokenOf(replies) : textOf(replies);
        expect({ decline, ok: l.ok.test(said) }).toEqual({ decline, ok: true });
        expect(said).not.toMatch(l.notFound);
        expect(said).not.toMatch(l.where);
        expect(officeIdsOf(replies)).toEqual([]);
      }
    },
  );
});
