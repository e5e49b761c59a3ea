/**
 * Where the person comes from is no matter: "I'm from Ukraine, how do I apply for parental
 * benefit?" is Försäkringskassan's matter, and "I have temporary protection, I want to find a job"
 * is Arbetsförmedlingen's (the guide's work step), with the offices of that body once a place is
 * given. The origin alone still opens the guide's menu.
 */
import { conversations } from '../helpers/guideHarness';
import { bodiesOf, officeIdsOf } from '../helpers/transcript';

const bot = conversations();

describe.each([
  {
    locale: 'sv-SE',
    parental: [
      'Jag kommer från Ukraina, hur söker jag föräldrapenning?',
      'Vi är från Ukraina. Hur ansöker man om föräldrapenning?',
    ],
    job: 'Jag kommer från Ukraina och har tillfälligt skydd. Nu vill jag hitta ett jobb, jag var lärare där.',
    place: 'Jag bor i Västerås',
    origin: 'Jag kommer från Ukraina',
  },
  {
    locale: 'en-GB',
    parental: [
      "I'm from Ukraine, how do I apply for parental benefit?",
      'We are from Ukraine. How does one apply for parental benefit?',
    ],
    job: 'Hello, I came from Ukraine and have temporary protection. My English is better than my Swedish. I would like to get a job, I worked as an engineer.',
    place: 'I live in Västerås',
    origin: "I'm from Ukraine",
  },
  {
    locale: 'uk-UA',
    parental: [
      'Я з України, як подати заяву на батьківську допомогу?',
      'Ми з України. Як оформити батьківську допомогу?',
    ],
    job: 'Я з України, маю тимчасовий захист. Хочу знайти роботу, вдома я була вчителькою.',
    place: 'Я живу у Вестеросі',
    origin: 'Я з України',
  },
] as const)('origin and matter ($locale)', (l) => {
  it('a clear matter wins over the origin', async () => {
    for (const said of l.parental) {
      const c = bot.start(l.locale);
      expect({ said, bodies: bodiesOf(await c.say(said)) }).toEqual({
        said,
        bodies: ['forsakringskassan'],
      });
    }
  });

  it.each(['test', 'telephony'])(
    'protection and a job: Arbetsförmedlingen, then its offices at the place (%s)',
    async (channelId) => {
      const c = bot.start(l.locale, { channelId });
      expect(bodiesOf(await c.say(l.job))).toEqual(['arbetsformedlingen']);
      expect(officeIdsOf(await c.say(l.place))[0]).toBe('vasteras');
    },
  );

  it('the origin alone opens the menu, naming no body', async () => {
    const c = bot.start(l.locale);
    expect(bodiesOf(await c.say(l.origin))).toEqual([]);
  });
});
