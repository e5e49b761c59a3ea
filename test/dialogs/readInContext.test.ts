/**
 * Turns read against what the bot just said: where the danger is, said after the 112 line with
 * street words ("we're in Umeå outside the station"), is 112 again, not the body a street would
 * suggest; "no thanks, I'll just phone them, what's their number?" after a body is how to reach that
 * body, however long; "sorry, it's a bad line, can you say that again" on the phone repeats.
 */
import { conversations } from '../helpers/guideHarness';
import { bodiesOf, officeIdsOf, spokenOf, textOf } from '../helpers/transcript';

const bot = conversations();

describe.each([
  {
    locale: 'sv-SE',
    danger: 'hjälp min pappa har ramlat och andas inte',
    where: ['vi är i Umeå vid stationen ute på gatan', 'vi är på torget i Umeå bredvid kyrkan'],
    matter: 'hur får jag tillbaka skatt som jag har betalat för mycket',
    place: 'jag bor i Västerås',
    phone: [
      'Nej tack, jag orkar inte åka någonstans. Jag ringer hellre, vilket nummer har de?',
      'nej tack jag behöver inget kontor ändå jag ringer dem hellre vad har de för nummer',
    ],
    unclear: 'ursäkta det hörs så dåligt här kan du ta det där igen',
  },
  {
    locale: 'en-GB',
    danger: 'help my father collapsed and is not breathing',
    where: [
      "we're in Umeå outside the station on the street",
      "we're in Umeå on the square next to the church",
    ],
    matter: 'how do I get back tax I paid too much',
    place: 'I live in Västerås',
    phone: [
      "No thanks, I can't travel anywhere. I'll phone them instead, what's their number?",
      "no thanks i don't need an office after all i'll just call them what's the number",
    ],
    unclear: "sorry it's a really bad line here can you say that again please",
  },
  {
    locale: 'uk-UA',
    danger: 'допоможіть мій тато впав і не дихає',
    where: ['ми в Умео біля вокзалу на вулиці', 'ми в Умео на площі біля церкви'],
    matter: 'як повернути податок, який я переплатив',
    place: 'я живу у Вестеросі',
    phone: [
      'Ні, дякую, я нікуди не поїду. Краще подзвоню, який у них номер?',
      'ні дякую офіс мені не потрібен я краще подзвоню який у них номер',
    ],
    unclear: 'вибачте тут дуже погано чути повторіть ще раз будь ласка',
  },
] as const)('reading in context ($locale)', (l) => {
  it.each(['test', 'telephony'])(
    'where the danger is, with street words, after the 112 line: 112 again (%s)',
    async (channelId) => {
      for (const where of l.where) {
        const c = bot.start(l.locale, { channelId });
        expect(bodiesOf(await c.say(l.danger))).toEqual(['emergency']);
        const replies = await c.say(where);
        expect({ where, bodies: bodiesOf(replies), offices: officeIdsOf(replies) }).toEqual({
          where,
          bodies: ['emergency'],
          offices: [],
        });
      }
    },
  );

  it.each([
    ['at the office offer', false],
    ['after the office list', true],
  ])(
    "\"no thanks, I'll phone them, what's the number?\" %s: the body's number",
    async (_at, listed) => {
      for (const phone of l.phone) {
        const c = bot.start(l.locale);
        expect(bodiesOf(await c.say(l.matter))).toEqual(['skatteverket']);
        if (listed) expect(officeIdsOf(await c.say(l.place)).length).toBeGreaterThan(0);
        const replies = await c.say(phone);
        expect({ phone, bodies: bodiesOf(replies) }).toEqual({ phone, bodies: ['skatteverket'] });
        expect(textOf(replies)).toContain('0771-567 567');
        expect(officeIdsOf(replies)).toEqual([]);
      }
    },
  );

  it('on the phone, "it is a bad line, say that again" repeats the last reply', async () => {
    const c = bot.start(l.locale, { channelId: 'telephony' });
    const first = await c.say(l.matter);
    expect(spokenOf(await c.say(l.unclear))).toEqual(spokenOf(first));
  });
});
