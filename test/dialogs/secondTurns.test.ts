/**
 * The second and third turn read against what the bot just asked and the body already known, in
 * each of the three languages: a place sentence with more words in it, a place corrected after a
 * list, a new matter in answer to "where are you?". (reading.test.ts holds the first such turns.)
 */
import type { Activity, Entity } from 'botbuilder';
import { conversations } from '../helpers/guideHarness';

const bot = conversations();

const entities = (replies: Partial<Activity>[], type: string): string[] =>
  replies
    .flatMap((r) => r.entities ?? [])
    .filter((e: Entity) => e.type === type)
    .map((e) => String(e.identifier));
const textOf = (replies: Partial<Activity>[]) => replies.map((r) => r.text ?? '').join('\n');

const LANGS = [
  {
    locale: 'sv-SE',
    matter: 'vi väntar barn och undrar hur man söker föräldrapenning',
    placeWithMore: 'ja det låter bra, vi bor i Rosengård om det spelar någon roll',
    placeWithMoreName: /Rosengård/,
    firstPlace: 'Sundsvall',
    correction: 'Nej förresten, jag menade Sollefteå. Jag skrev fel.',
    corrected: /Sollefteå/,
    notAMatter: 'när stänger ICA idag?',
    askedWhere: /Var befinner du dig/,
    secondMatter: 'okej men en annan sak: hur ansöker man om föräldrapenning?',
  },
  {
    locale: 'en-GB',
    matter: 'we are expecting a baby, how do I apply for parental benefit',
    placeWithMore: 'we live in Falun, not sure if that matters',
    placeWithMoreName: /Falun/,
    firstPlace: 'Kalmar',
    correction: 'Oops, I meant Karlstad, we moved there in the summer.',
    corrected: /Karlstad/,
    notAMatter: 'when does the supermarket close today?',
    askedWhere: /Where are you/,
    secondMatter: 'never mind, another question: how do I apply for parental benefit?',
  },
  {
    locale: 'uk-UA',
    matter: 'ми чекаємо дитину, як подати заяву на батьківську допомогу',
    placeWithMore: 'живу в Лулео, якщо це щось змінює',
    placeWithMoreName: /Luleå/,
    firstPlace: 'Кальмар',
    correction: 'Ой, я помилилася, ми в Карлстаді.',
    corrected: /Karlstad/,
    notAMatter: 'коли сьогодні закривається супермаркет?',
    askedWhere: /Де ви/,
    secondMatter: 'гаразд, тоді інше питання: як подати заяву на батьківську допомогу?',
  },
];

describe.each(LANGS)('the turn after a question, read in context ($locale)', (l) => {
  it.each(['test', 'telephony'])(
    'a place sentence with more words, in answer to the office offer, finds offices there for the same body (%s)',
    async (channelId) => {
      const c = bot.start(l.locale, { channelId });
      const offer = await c.say(l.matter);
      expect(entities(offer, 'GovernmentOrganization')).toEqual(['forsakringskassan']);
      const offices = await c.say(l.placeWithMore);
      expect(entities(offices, 'GovernmentOrganization')).toEqual([]);
      expect(entities(offices, 'Place').length).toBeGreaterThan(0);
      expect(textOf(offices)).toMatch(l.placeWithMoreName);
    },
  );

  it('a place corrected after an office list gives the list for the corrected place, same body', async () => {
    const c = bot.start(l.locale);
    await c.say(l.matter);
    const first = await c.say(l.firstPlace);
    expect(entities(first, 'Place').length).toBeGreaterThan(0);
    const corrected = await c.say(l.correction);
    expect(entities(corrected, 'GovernmentOrganization')).toEqual([]);
    expect(entities(corrected, 'Place').length).toBeGreaterThan(0);
    expect(entities(corrected, 'Place')).not.toEqual(entities(first, 'Place'));
    expect(textOf(corrected)).toMatch(l.corrected);
  });

  it('a new matter in answer to "where are you?" is read as that matter', async () => {
    const c = bot.start(l.locale);
    const where = await c.say(l.notAMatter);
    expect(textOf(where)).toMatch(l.askedWhere);
    const matter = await c.say(l.secondMatter);
    expect(entities(matter, 'GovernmentOrganization')).toEqual(['forsakringskassan']);
  });
});
