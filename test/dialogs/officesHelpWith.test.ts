/**
 * An office asked for after a body no service office serves (the region, for a doctor): the reply
 * says the offices cannot help with that, how to reach the body, what the offices do help with
 * (every body they serve) and that the person can tell another matter, on the screen and on the
 * phone; a matter told next is answered as usual.
 */
import { conversations } from '../helpers/guideHarness';
import { bodiesOf, spokenOf, textOf } from '../helpers/transcript';

const bot = conversations();

describe.each([
  {
    locale: 'sv-SE',
    doctor: 'Jag måste träffa en läkare, jag har ont i knät',
    office: 'Var ligger närmaste servicekontor?',
    served:
      /Skatteverket, Försäkringskassan, Pensionsmyndigheten, Arbetsförmedlingen och Migrationsverket.*berätta vad det gäller/s,
    next: 'Jag behöver också hjälp med deklarationen',
  },
  {
    locale: 'en-GB',
    doctor: 'I need to see a doctor about my knee',
    office: 'Where is the nearest service office?',
    served:
      /help with matters for the Swedish Tax Agency.*Migration Agency.*tell me what it is about/s,
    next: 'I also need help with my tax return',
  },
  {
    locale: 'uk-UA',
    doctor: 'Мені треба до лікаря, болить коліно',
    office: 'Де найближчий сервісний офіс?',
    served:
      /допомагають із питаннями Податкової служби Швеції.*Міграційної служби.*розкажіть, про що воно/s,
    next: 'Ще мені потрібна допомога з податковою декларацією',
  },
] as const)('what the offices help with ($locale)', (l) => {
  it.each(['test', 'telephony'])(
    'after the region, an office asked for (%s)',
    async (channelId) => {
      const c = bot.start(l.locale, { channelId });
      expect(bodiesOf(await c.say(l.doctor))).toEqual(['region']);
      const replies = await c.say(l.office);
      expect(bodiesOf(replies)).toEqual(['region']);
      expect(textOf(replies)).toMatch(l.served);
      if (channelId === 'telephony') {
        expect(spokenOf(replies)).toMatch(/Skatteverket/);
        expect(spokenOf(replies)).toMatch(/Migrationsverket/);
      }
      expect(bodiesOf(await c.say(l.next))).toEqual(['skatteverket']);
    },
  );

  it('a body named with its own contact, no office asked: no such line', async () => {
    const c = bot.start(l.locale);
    const replies = await c.say(l.doctor);
    expect(textOf(replies)).not.toMatch(l.served);
  });
});
