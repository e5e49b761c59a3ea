/**
 * What one message says about itself, in each of the three languages: a place taken back and
 * another named ("Eskilstuna nej förlåt Strängnäs"), in answer to "where are you?", to the office
 * offer and inside the first message.
 */
import { conversations, type TestConversation } from '../helpers/guideHarness';
import { bodiesOf, placesOf } from '../helpers/transcript';

const bot = conversations();

const LANGS = [
  {
    locale: 'sv-SE',
    matter: 'hur söker man föräldrapenning?',
    officeQuestion: 'var ligger närmaste servicekontor?',
    corrected: 'Eskilstuna nej förlåt Strängnäs',
    correctedLonger: 'jag bor i Eskilstuna, nej förlåt, i Strängnäs',
    matterWithCorrection:
      'Jag bor i Eskilstuna nej förlåt Strängnäs, hur söker man föräldrapenning?',
    place: 'Strängnäs',
    first: 'Eskilstuna',
  },
  {
    locale: 'en-GB',
    matter: 'how do I apply for parental benefit?',
    officeQuestion: 'where is the nearest service office?',
    corrected: 'Solna, sorry, Sollentuna',
    correctedLonger: 'I live in Solna, sorry, Sollentuna',
    matterWithCorrection:
      'I live in Solna, sorry, Sollentuna. How do I apply for parental benefit?',
    place: 'Sollentuna',
    first: 'Solna',
  },
  {
    locale: 'uk-UA',
    matter: 'як подати заяву на батьківську допомогу?',
    officeQuestion: 'де найближчий сервісний офіс?',
    corrected: 'в Уппсалі, ой ні, в Вестеросі',
    correctedLonger: 'я живу в Уппсалі, ой ні, вибачте, у Вестеросі',
    matterWithCorrection:
      'Я живу в Уппсалі, ой ні, у Вестеросі. Як подати заяву на батьківську допомогу?',
    place: 'Вестерос',
    first: 'Уппсала',
  },
];

/**
 * The offices the replies list, with their distance: two places near each other can list the same
 * offices in the same order (Strängnäs and Eskilstuna), never at the same distances.
 */
const listed = (replies: Awaited<ReturnType<TestConversation['say']>>): string[] =>
  placesOf(replies).map((e) => `${String(e['identifier'])}@${Number(e['distanceKm']).toFixed(1)}`);

/** The offices the bot lists for `place` said plainly after `matter` and a yes. */
async function officesFor(locale: string, matter: string, place: string): Promise<string[]> {
  const c = bot.start(locale);
  await c.say(matter);
  return listed(await c.say(place));
}

describe.each(LANGS)('a place taken back in the same message ($locale)', (l) => {
  let corrected: string[];
  let first: string[];
  beforeAll(async () => {
    corrected = await officesFor(l.locale, l.matter, l.place);
    first = await officesFor(l.locale, l.matter, l.first);
    expect(corrected.length).toBeGreaterThan(0);
    expect(corrected).not.toEqual(first);
  });

  it.each(['test', 'telephony'])(
    'answering the office offer, the last place named wins and the body stays (%s)',
    async (channelId) => {
      for (const text of [l.corrected, l.correctedLonger]) {
        const c: TestConversation = bot.start(l.locale, { channelId });
        expect(bodiesOf(await c.say(l.matter))).toEqual(['forsakringskassan']);
        const offices = await c.say(text);
        expect(bodiesOf(offices)).toEqual([]);
        expect(listed(offices).slice(0, 1)).toEqual(corrected.slice(0, 1));
      }
    },
  );

  it('answering "where are you?", the last place named wins', async () => {
    const c = bot.start(l.locale);
    await c.say(l.officeQuestion);
    const offices = await c.say(l.corrected);
    const plain = bot.start(l.locale);
    await plain.say(l.officeQuestion);
    expect(listed(offices)).toEqual(listed(await plain.say(l.place)));
  });

  it('inside the first message with the matter, the last place named wins', async () => {
    const c = bot.start(l.locale);
    const replies = await c.say(l.matterWithCorrection);
    expect(bodiesOf(replies)).toEqual(['forsakringskassan']);
    expect(listed(replies)).toEqual(corrected);
  });
});

describe.each([
  ['sv-SE', 'Jag kommer från Ukraina, hur byter jag mitt körkort?', 'Jag kommer från Ukraina'],
  ['en-GB', "I'm from Ukraine, how do I exchange my driving licence?", "I'm from Ukraine"],
  ['uk-UA', 'Я з України, як обміняти моє посвідчення водія?', 'Я з України'],
])(
  'from Ukraine and a clear matter in one message (%s; a guard: main already answers these)',
  (locale, withMatter, alone) => {
    it('answers the matter with its body, not the menu of the guide for people from Ukraine', async () => {
      const c = bot.start(locale);
      expect(bodiesOf(await c.say(withMatter))).toEqual(['transportstyrelsen']);
      // Said alone, it still opens the guide (no body named).
      expect(bodiesOf(await bot.start(locale).say(alone))).toEqual([]);
    });
  },
);
