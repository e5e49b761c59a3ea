/**
 * Questions about the office list just shown, read against it: "Is it open on Saturday?" after a
 * Migrationsverket list (the nearest offices of every body, with the booking first) answers the
 * Saturday hours, not the list again; a language asked for right after a list gives that list
 * again in the new language, not the office offer before it. On screen and on the phone.
 */
import { conversations } from '../helpers/guideHarness';
import { officeIdsOf, spokenOf, textOf } from '../helpers/transcript';

const bot = conversations();

describe.each([
  {
    locale: 'sv-SE',
    matter: 'jag ska förnya mitt uppehållstillståndskort och måste lämna foto, var gör jag det?',
    place: 'jag bor i Uppsala',
    saturday: ['har de öppet på lördag?', 'är det öppet på lördagar?'],
    hours: /Öppettider lördag 28 november/,
    saidHours: /lördag/,
  },
  {
    locale: 'en-GB',
    matter: 'I have to renew my residence permit card and give my photo, where do I do that?',
    place: 'I live in Uppsala',
    saturday: ['Is it open on Saturday?', 'are they open saturdays?'],
    hours: /Opening hours on Saturday 28 November/,
    saidHours: /Saturday/,
  },
  {
    locale: 'uk-UA',
    matter: 'мені треба продовжити картку дозволу на проживання і здати фото, куди йти?',
    place: 'я живу в Уппсалі',
    saturday: ['а в суботу працює?', 'чи відкрито в суботу?'],
    hours: /субота, 28 листопада/,
    saidHours: /суботу/,
  },
])('after a Migrationsverket office list ($locale)', (l) => {
  it.each(['test', 'telephony'])(
    '"open on Saturday?" gives the Saturday hours (%s)',
    async (channelId) => {
      for (const saturday of l.saturday) {
        const c = bot.start(l.locale, { channelId });
        await c.say(l.matter);
        const list = await c.say(l.place);
        expect(officeIdsOf(list).length).toBeGreaterThan(0);
        const replies = await c.say(saturday);
        expect(officeIdsOf(replies)).toEqual([]);
        if (channelId === 'telephony') expect(spokenOf(replies)).toMatch(l.saidHours);
        else
          expect({ saturday, text: textOf(replies) }).toEqual({
            saturday,
            text: expect.stringMatching(l.hours) as string,
          });
      }
    },
  );
});

describe.each([
  {
    locale: 'sv-SE',
    matter: 'hur ansöker man om föräldrapenning?',
    yes: 'ja',
    place: 'vi bor i Gävle',
    switch: 'kan vi ta det på engelska?',
    listed: /service offices[^.]*Gävle/i,
    offer: /Shall I find|Do you want me to find/,
  },
  {
    locale: 'en-GB',
    matter: 'how do we apply for parental benefit?',
    yes: 'yes',
    place: 'we live in Gävle',
    switch: 'можна українською?',
    listed: /Євле/,
    offer: /Знайти найближчий/,
  },
  {
    locale: 'uk-UA',
    matter: 'як оформити батьківську допомогу?',
    yes: 'так',
    place: 'ми живемо в Євле',
    switch: 'på svenska tack',
    listed: /servicekontor[^.]*Gävle/i,
    offer: /Vill du att jag letar upp/,
  },
])('a language asked for right after an office list ($locale)', (l) => {
  it.each(['test', 'telephony'])(
    'gives that list again in the new language (%s)',
    async (channelId) => {
      const c = bot.start(l.locale, { channelId });
      await c.say(l.matter);
      await c.say(l.yes);
      const list = await c.say(l.place);
      expect(officeIdsOf(list).length).toBeGreaterThan(0);
      const replies = await c.say(l.switch);
      expect(officeIdsOf(replies)).toEqual(officeIdsOf(list));
      expect(textOf(replies)).toMatch(l.listed);
      expect(textOf(replies)).not.toMatch(l.offer);
    },
  );
});
