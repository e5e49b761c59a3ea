/**
 * After the 112 line, "okay, and then what?" still talks about the danger: 112 again, said
 * plainly, with one line of what to do while waiting for help (on screen and on the phone),
 * never "I can't help with that" or the help text. A new matter afterwards is answered as usual.
 */
import { conversations } from '../helpers/guideHarness';
import { bodiesOf, spokenOf, textOf } from '../helpers/transcript';

const bot = conversations();

describe.each([
  {
    locale: 'sv-SE',
    danger: 'det brinner i trapphuset hos oss',
    next: ['vad ska jag göra nu', 'okej och sen då?', 'hallå, vad gör jag sen'],
    again: /Ring (112|ett ett två) nu.*Medan du väntar på hjälp/s,
    matter: 'hur söker jag föräldrapenning?',
  },
  {
    locale: 'en-GB',
    danger: 'there is a fire in our stairwell',
    next: ['ok and then what?', 'what do I do now', 'so what next?'],
    again: /Call (112|one one two) now.*While you wait for help/s,
    matter: 'how do I apply for parental benefit?',
  },
  {
    locale: 'uk-UA',
    danger: 'у нас у підʼїзді пожежа',
    next: ['що робити далі', 'добре, а що потім?', 'і що тепер?'],
    again: /Телефонуйте (112|один один два|сто дванадцять) зараз.*Поки чекаєте на допомогу/s,
    matter: 'як подати заяву на батьківську допомогу?',
  },
])('what next after the 112 line ($locale)', (l) => {
  it.each(['test', 'telephony'])(
    'keeps the emergency: 112 again and what to do (%s)',
    async (channelId) => {
      for (const next of l.next) {
        const c = bot.start(l.locale, { channelId });
        expect(bodiesOf(await c.say(l.danger))).toEqual(['emergency']);
        const replies = await c.say(next);
        expect({ next, body: bodiesOf(replies) }).toEqual({ next, body: ['emergency'] });
        const said = channelId === 'telephony' ? spokenOf(replies) : textOf(replies);
        expect(said).toMatch(l.again);
      }
    },
  );

  it('a new matter after it is answered as that matter', async () => {
    const c = bot.start(l.locale);
    await c.say(l.danger);
    await c.say(l.next[0] ?? '');
    expect(bodiesOf(await c.say(l.matter))).toEqual(['forsakringskassan']);
  });

  it('"what now?" with no emergency before it is not told to call 112', async () => {
    const c = bot.start(l.locale);
    await c.say(l.matter);
    expect(bodiesOf(await c.say(l.next[0] ?? ''))).not.toContain('emergency');
  });
});
