/**
 * "Are they open on Saturday?" asked before the place is known is kept: once the place is given,
 * the office list is followed by the offices' hours on that Saturday, on the screen and on the
 * phone, whether the day came with the matter or with the place. A list asked for with no day
 * gets no hours line.
 */
import { conversations } from '../helpers/guideHarness';
import { officeIdsOf, spokenOf, textOf } from '../helpers/transcript';

const bot = conversations();

describe.each([
  {
    locale: 'sv-SE',
    matterWithDay: 'Hur söker jag föräldrapenning? Har kontoret öppet på lördag?',
    matter: 'Hur söker jag föräldrapenning?',
    yesPlaceDay: 'Ja, jag bor i Västerås. Har de öppet på lördagar?',
    place: 'Jag bor i Västerås',
    yes: 'ja',
    saturday: /lördag 28 november/i,
    spokenDay: /lördag/i,
  },
  {
    locale: 'en-GB',
    matterWithDay: 'How do I apply for parental benefit? Is the office open on Saturday?',
    matter: 'How do I apply for parental benefit?',
    yesPlaceDay: "Yes, I'm in Västerås. Are they open on Saturdays?",
    place: 'I live in Västerås',
    yes: 'yes',
    saturday: /Saturday 28 November/,
    spokenDay: /Saturday/,
  },
  {
    locale: 'uk-UA',
    matterWithDay: 'Як подати на батьківську допомогу? Чи працює офіс у суботу?',
    matter: 'Як подати на батьківську допомогу?',
    yesPlaceDay: 'Так, я живу у Вестеросі. Чи працюють вони в суботу?',
    place: 'Я живу у Вестеросі',
    yes: 'так',
    saturday: /субот\S* 28 листопада/i,
    spokenDay: /субот/i,
  },
] as const)('a day asked before the place ($locale)', (l) => {
  it.each(['test', 'telephony'])(
    'asked with the matter: the list, then the hours that Saturday (%s)',
    async (channelId) => {
      const c = bot.start(l.locale, { channelId });
      const first = await c.say(l.matterWithDay);
      expect(officeIdsOf(first)).toEqual([]);
      const replies = await c.say(l.place);
      expect(officeIdsOf(replies)[0]).toBe('vasteras');
      expect(textOf(replies)).toMatch(l.saturday);
      if (channelId === 'telephony') expect(spokenOf(replies)).toMatch(l.spokenDay);
    },
  );

  it('asked with the yes and the place: the list, then the hours that Saturday', async () => {
    const c = bot.start(l.locale);
    await c.say(l.matter);
    const replies = await c.say(l.yesPlaceDay);
    expect(officeIdsOf(replies)[0]).toBe('vasteras');
    expect(textOf(replies)).toMatch(l.saturday);
  });

  it('no day asked: the list alone', async () => {
    const c = bot.start(l.locale);
    await c.say(l.matter);
    await c.say(l.yes);
    const replies = await c.say(l.place);
    expect(officeIdsOf(replies)[0]).toBe('vasteras');
    expect(textOf(replies)).not.toMatch(l.saturday);
  });
});
