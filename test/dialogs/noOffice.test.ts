/**
 * After the bot has named a body that no service office serves (Lantmäteriet, Kronofogden, the
 * municipality), a place, a yes or "is there an office I can go to?" gets no list of offices that
 * cannot help: it is told so, and how to reach the body, on screen and on the phone.
 */
import { conversations } from '../helpers/guideHarness';
import { bodiesOf, officeIdsOf, spokenOf, textOf } from '../helpers/transcript';

const bot = conversations();

const LANGS = [
  {
    locale: 'sv-SE',
    lagfart: 'hur söker man lagfart på ett hus?',
    parental: 'hur söker man föräldrapenning?',
    debt: 'jag har fått ett betalningsföreläggande från Kronofogden',
    place: 'jag bor i Växjö',
    yes: 'ja',
    office: 'finns det något servicekontor i Växjö jag kan gå till?',
    cannot: /Ett servicekontor kan inte hjälpa/,
    saidCannot: /Ett servicekontor kan inte hjälpa/,
  },
  {
    locale: 'en-GB',
    lagfart: 'how do I apply for title registration (lagfart) for a house?',
    parental: 'how do I apply for parental benefit?',
    debt: 'I got a payment order from Kronofogden',
    place: 'I live in Växjö',
    yes: 'yes',
    office: 'is there a service office in Växjö I can walk into?',
    cannot: /A service office cannot help/,
    saidCannot: /A service office can(&apos;|')t help/,
  },
  {
    locale: 'uk-UA',
    lagfart: 'як оформити право власності на будинок (lagfart)?',
    parental: 'як подати заяву на батьківську допомогу?',
    debt: 'я отримала вимогу про оплату від Kronofogden',
    place: 'я живу у Векше',
    yes: 'так',
    office: 'а чи є у Векше сервісний офіс, куди можна прийти?',
    cannot: /Сервісний офіс із цим не допоможе/,
    saidCannot: /Сервісний офіс із цим не допоможе/,
  },
];

describe.each(LANGS)('an office asked for a body no service office serves ($locale)', (l) => {
  it.each([
    ['a place', 'lagfart', 'place', 'lantmateriet', /0771-63 63 63/],
    ['a yes', 'debt', 'yes', 'kronofogden', /0771-73 73 00/],
    ['an office question', 'debt', 'office', 'kronofogden', /0771-73 73 00/],
  ] as const)(
    'after %s: no office list, but that a service office cannot help and how to reach the body',
    async (_kind, matter, next, body, phone) => {
      const c = bot.start(l.locale);
      expect(bodiesOf(await c.say(l[matter]))).toEqual([body]);
      const replies = await c.say(l[next]);
      expect(officeIdsOf(replies)).toEqual([]);
      expect(bodiesOf(replies)).toEqual([body]);
      expect(textOf(replies)).toMatch(l.cannot);
      expect(textOf(replies)).toMatch(phone);
    },
  );

  it('on the phone, a place after such a body is told the same, spoken', async () => {
    const c = bot.start(l.locale, { channelId: 'telephony' });
    await c.say(l.lagfart);
    const replies = await c.say(l.place);
    expect(officeIdsOf(replies)).toEqual([]);
    expect(spokenOf(replies)).toMatch(l.saidCannot);
  });

  it('a body the offices serve still gets its offices for a place', async () => {
    const c = bot.start(l.locale);
    await c.say(l.debt);
    const parental = await c.say(l.parental);
    expect(bodiesOf(parental)).toEqual(['forsakringskassan']);
    expect(officeIdsOf(await c.say(l.place)).length).toBeGreaterThan(0);
  });
});
