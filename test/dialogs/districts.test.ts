// Districts people name when asked where they live, in the three languages: the nearest offices, never "not found".
import type { Activity, Entity } from 'botbuilder';
import { conversations } from '../helpers/guideHarness';

const bot = conversations();
const places = (replies: Partial<Activity>[]): Entity[] =>
  replies.flatMap((r) => r.entities ?? []).filter((e) => e.type === 'Place');
const textOf = (replies: Partial<Activity>[]): string =>
  replies.map((r) => r.text ?? '').join('\n');

describe.each([
  [
    'sv-SE',
    'Var ligger närmaste servicekontor?',
    'Jag bor på Hisingen',
    /Servicekontor närmast Hisingen/,
  ],
  ['en-GB', 'Where is the nearest service office?', 'I live in Hjallbo', /to Hjällbo/],
  ['uk-UA', 'Де найближчий сервісний офіс?', 'Я живу на Хісінгені', /Найближчі до .*Hisingen/],
  ['uk-UA', 'Де найближчий сервісний офіс?', 'у Готтсунді', /Найближчі до .*Gottsunda/],
  ['sv-SE', 'Var ligger närmaste servicekontor?', 'Hyllie', /Servicekontor närmast Hyllie/],
  ['en-GB', 'Where is the nearest service office?', 'Flemingsberg', /to Flemingsberg/],
  ['uk-UA', 'Де найближчий сервісний офіс?', 'ya zhyvu na Hisingeni', /Найближчі до .*Hisingen/],
  ['uk-UA', 'Де найближчий сервісний офіс?', 'u Flemingsberzi', /Найближчі до .*Flemingsberg/],
])('%s: "%s" → "%s"', (locale, ask, place, intro) => {
  it('lists the nearest offices for the district', async () => {
    const c = bot.start(locale);
    await c.say(ask);
    const offices = await c.say(place);
    expect(textOf(offices)).toMatch(intro);
    expect(places(offices).length).toBeGreaterThan(0);
  });
});

it.each([
  ['sv-SE', 'Jag bor i Hjällbo och har fått barn', /Försäkringskassan/],
  ['en-GB', 'I live in Rinkeby and lost my job', /Arbetsförmedlingen/],
  ['uk-UA', 'Я живу в Рінкебю і втратив роботу', /Arbetsförmedlingen/],
])(
  '%s: a district in a matter sentence is the place of the office list',
  async (locale, text, body) => {
    const c = bot.start(locale);
    const replies = await c.say(text);
    expect(textOf(replies)).toMatch(body);
    expect(places(replies).length).toBeGreaterThan(0);
  },
);

it.each([
  ['sv-SE', 'Var ligger närmaste servicekontor?', /Alvik i Luleå eller Leksand/],
  ['en-GB', 'Where is the nearest service office?', /Alvik in Luleå or Leksand/],
  ['uk-UA', 'Де найближчий сервісний офіс?', /Alvik у муніципалітеті Luleå чи Leksand/],
])(
  '%s by telephone: the other places of a shared name are said too',
  async (locale, ask, offer) => {
    const c = bot.start(locale, { channelId: 'telephony' });
    await c.say(ask);
    const offices = await c.say('Alvik');
    expect(offices.map((r) => r.speak ?? '').join(' ')).toMatch(offer);
  },
);

it.each([
  ['Я живу на Хісінгені', 'Хісінген (Hisingen)', 'Хісінгені'],
  ['у Готтсунді', 'Готтсунда (Gottsunda)', 'Готтсунді'],
  ['я живу в Арльові', 'Arlöv', 'Арльові'],
])(
  'uk-UA: "%s" is named in its dictionary form in every reply, never as the person inflected it',
  async (place, named, inflected) => {
    for (const channelId of ['webchat', 'telephony']) {
      const c = bot.start('uk-UA', { channelId });
      await c.say('Де найближчий сервісний офіс?');
      const offices = await c.say(place);
      const said = offices.map((r) => `${r.text ?? ''} ${r.speak ?? ''}`).join('\n');
      expect(places(offices).length).toBeGreaterThan(0);
      expect(said).toContain(named.split(' (')[0]);
      expect(said).not.toContain(inflected);
      const cards = JSON.stringify(offices.map((r) => r.attachments ?? []));
      expect(cards).not.toContain(inflected);
    }
  },
);

it.each([
  ['sv-SE', 'Var ligger närmaste servicekontor?', 'jag heter Tuve'],
  ['en-GB', 'Where is the nearest service office?', 'my name is Tuve'],
  ['uk-UA', 'Де найближчий сервісний офіс?', 'мене звати Туве'],
])(
  '%s: a name that is also a district ("%s" → "%s") is a name, not the place',
  async (locale, ask, name) => {
    const c = bot.start(locale);
    await c.say(ask);
    const replies = await c.say(name);
    expect(places(replies)).toEqual([]);
    const first = bot.start(locale);
    expect(places(await first.say(name))).toEqual([]);
  },
);

it.each([
  ['sv-SE', 'Var ligger närmaste servicekontor?', 'i rinkeby', 'Rinkeby'],
  ['sv-SE', 'Var ligger närmaste servicekontor?', 'på hisingen', 'Hisingen'],
  ['sv-SE', 'Var ligger närmaste servicekontor?', 'fyra två fyra trettiofem', 'Angered'],
  ['en-GB', 'Where is the nearest service office?', 'in rinkeby', 'Rinkeby'],
  ['en-GB', 'Where is the nearest service office?', 'one six three seven one', 'Spånga'],
  ['uk-UA', 'Де найближчий сервісний офіс?', 'на хісінгені', 'Хісінген'],
  ['uk-UA', 'Де найближчий сервісний офіс?', 'один шість три сім один', 'Spånga'],
])(
  '%s by telephone: "%s", then the spoken "%s" gives the offices near %s',
  async (locale, ask, said, place) => {
    const c = bot.start(locale, { channelId: 'telephony' });
    await c.say(ask);
    const replies = await c.say(said);
    expect(places(replies).length).toBeGreaterThan(0);
    expect(replies.map((r) => r.speak ?? '').join(' ')).toContain(place);
  },
);
