/**
 * A place said not to be it never counts, and the last place affirmed wins: "Actually, sorry, not
 * Uppsala — I live in Sundsvall" gives the offices near Sundsvall, at "where are you?", at the
 * office offer and in the first message. Which Swedish place a name is stays the places module's.
 */
import { conversations } from '../helpers/guideHarness';
import { officeIdsOf } from '../helpers/transcript';

const bot = conversations();

describe.each([
  {
    locale: 'sv-SE',
    matter: 'hur söker jag föräldrapenning?',
    yes: 'ja',
    plain: { sundsvall: 'jag bor i Sundsvall', skelleftea: 'jag bor i Skellefteå' },
    negated: [
      ['förlåt, inte Uppsala, jag bor i Sundsvall', 'sundsvall'],
      ['jag bor i Sundsvall och inte i Uppsala', 'sundsvall'],
      ['jag sa Umeå, inte Uppsala... nej vänta, jag bor ju i Skellefteå', 'skelleftea'],
    ],
    first: 'jag bor inte i Uppsala längre utan i Sundsvall, hur söker jag föräldrapenning?',
  },
  {
    locale: 'en-GB',
    matter: 'how do I apply for parental benefit?',
    yes: 'yes',
    plain: { sundsvall: 'I live in Sundsvall', skelleftea: 'I live in Skellefteå' },
    negated: [
      ['Oh sorry, not Uppsala - I live in Sundsvall', 'sundsvall'],
      ['I live in Sundsvall, not in Uppsala', 'sundsvall'],
      ['I said Umeå not Uppsala... no wait, I actually live in Skellefteå', 'skelleftea'],
    ],
    first:
      "I don't live in Uppsala any more, I'm in Sundsvall now. How do I apply for parental benefit?",
  },
  {
    locale: 'uk-UA',
    matter: 'як подати заяву на батьківську допомогу?',
    yes: 'так',
    plain: { sundsvall: 'я живу в Сундсваллі', skelleftea: 'я живу в Шеллефтео' },
    negated: [
      ['ой, не в Уппсалі, я живу в Сундсваллі', 'sundsvall'],
      ['я живу в Сундсваллі, а не в Уппсалі', 'sundsvall'],
      ['я казала Умео, не Уппсала... ні, стоп, я живу в Шеллефтео', 'skelleftea'],
    ],
    first: 'я вже не в Уппсалі, а в Сундсваллі, як подати заяву на батьківську допомогу?',
  },
] as const)('a negated place ($locale)', (l) => {
  const officesFor = async (place: string, atOffer: boolean): Promise<string[]> => {
    const c = bot.start(l.locale);
    await c.say(l.matter);
    if (!atOffer) await c.say(l.yes);
    return officeIdsOf(await c.say(place));
  };

  it.each([
    ['at "where are you?"', false],
    ['at the office offer', true],
  ])('%s: the offices of the place affirmed, never of the place negated', async (_at, atOffer) => {
    for (const [said, meant] of l.negated) {
      const expected = await officesFor(l.plain[meant], atOffer);
      expect(expected.length).toBeGreaterThan(0);
      expect({ said, offices: await officesFor(said, atOffer) }).toEqual({
        said,
        offices: expected,
      });
    }
  });

  it('in the first message, with the matter', async () => {
    const expected = await officesFor(l.plain.sundsvall, false);
    const c = bot.start(l.locale);
    const replies = await c.say(l.first);
    expect(officeIdsOf(replies)).toEqual(expected);
  });
});

describe('a pronoun is no place (uk-UA)', () => {
  it('"У нас народилася дитина…" is about the matter: the offer, no offices at Nås', async () => {
    const c = bot.start('uk-UA');
    const replies = await c.say('У нас народилася дитина, як отримати батьківську допомогу?');
    expect(officeIdsOf(replies)).toEqual([]);
  });
});
