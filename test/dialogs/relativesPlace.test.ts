/**
 * A relative's place and the person's own in one sentence: the offices are near the person's own
 * place ("my mum lives in Malmö but I live in Umeå" → Umeå), unless the visit is with or for the
 * relative, or the relative goes ("we'll go there together, she lives in Sundsvall", "she lives in
 * Sundsvall, I live in Malmö, but she'll go with a neighbour" → Sundsvall). On the screen and on the
 * phone, at "where are you?" and at the office offer.
 */
import { conversations } from '../helpers/guideHarness';
import { officeIdsOf } from '../helpers/transcript';

const bot = conversations();

describe.each([
  {
    locale: 'sv-SE',
    matter: 'min pappa får pension och förstår inte ett brev från dem',
    yes: 'ja',
    plain: { umea: 'jag bor i Umeå', sundsvall: 'jag bor i Sundsvall' },
    own: [
      'min mamma bor i Malmö men jag bor i Umeå',
      'pappa bor i Malmö, själv bor jag i Umeå',
      'jag bor i Umeå och min syster bor i Malmö',
    ],
    together: [
      'vi ska gå dit tillsammans, han bor i Sundsvall och jag bor i Malmö',
      'jag bor i Malmö men jag åker till honom, han bor i Sundsvall',
      'hon bor i Sundsvall, jag bor i Malmö, men hon ska gå dit med en granne',
    ],
  },
  {
    locale: 'en-GB',
    matter: 'my dad gets a pension and does not understand a letter from them',
    yes: 'yes',
    plain: { umea: 'I live in Umeå', sundsvall: 'I live in Sundsvall' },
    own: [
      'my mum lives in Malmö but I live in Umeå',
      "dad's in Malmö, I'm in Umeå",
      'I live in Umeå and my sister lives in Malmö',
    ],
    together: [
      "we'll go together, he lives in Sundsvall and I live in Malmö",
      'I live in Malmö but I want to go with my dad to his office, he lives in Sundsvall',
      "she lives in Sundsvall, I live in Malmö, but she'll go there with a neighbour",
    ],
  },
  {
    locale: 'uk-UA',
    matter: 'мій тато отримує пенсію і не розуміє їхнього листа',
    yes: 'так',
    plain: { umea: 'я живу в Умео', sundsvall: 'я живу в Сундсваллі' },
    own: [
      'мама живе в Мальме, а я живу в Умео',
      'тато в Мальме, а я в Умео',
      'я живу в Умео, а сестра живе в Мальме',
    ],
    together: [
      'ми підемо разом, він живе в Сундсваллі, а я живу в Мальме',
      'я живу в Мальме, але поїду до тата, він живе в Сундсваллі',
      'вона живе в Сундсваллі, я живу в Мальме, але вона піде туди із сусідкою',
    ],
  },
] as const)("the person's place and a relative's ($locale)", (l) => {
  const officesFor = async (
    place: string,
    atOffer: boolean,
    channelId = 'test',
  ): Promise<string[]> => {
    const c = bot.start(l.locale, { channelId });
    await c.say(l.matter);
    if (!atOffer) await c.say(l.yes);
    return officeIdsOf(await c.say(place));
  };

  it.each([
    ['at "where are you?"', false],
    ['at the office offer', true],
  ])("%s: the person's own place, not the relative's", async (_at, atOffer) => {
    const expected = await officesFor(l.plain.umea, atOffer);
    expect(expected.length).toBeGreaterThan(0);
    for (const said of l.own) {
      expect({ said, offices: await officesFor(said, atOffer) }).toEqual({
        said,
        offices: expected,
      });
    }
  });

  it.each(['test', 'telephony'])(
    "on %s: going with the relative, the relative's place",
    async (channelId) => {
      const expected = await officesFor(l.plain.sundsvall, true, channelId);
      expect(expected.length).toBeGreaterThan(0);
      for (const said of l.together) {
        expect({ said, offices: await officesFor(said, true, channelId) }).toEqual({
          said,
          offices: expected,
        });
      }
    },
  );
});
