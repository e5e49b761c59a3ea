/**
 * Migrationsverket visits: the office flag is a known subset, so a refugee in Göteborg or Malmö is
 * never sent hundreds of km to "the nearest office with Migrationsverket service". The booking on
 * My Page comes first (said first on the phone), then the nearest offices in general, with the caveat.
 */
import { placesOf as places, spokenOf as spoken, textOf, transcripts } from '../helpers/transcript';

const conversation = transcripts();

/**
 * The booking page our sources hold is the English one (the Swedish page was known only at the
 * older site's address): every language gets it, and sv and uk say it is in English.
 */
const EN_BOOKING = 'https://migrationsverket.se/en/contact-us/book-an-appointment.html';

const LANGS = [
  {
    locale: 'sv-SE',
    booking: EN_BOOKING,
    goteborg: 'Jag har flytt från Ukraina och måste lämna fingeravtryck, jag bor i Göteborg',
    malmo: 'Jag behöver lämna foto och fingeravtryck hos Migrationsverket, jag är i Malmö',
    myPage: /Migrationsverkets ”Mina sidor” \(sidan är på engelska\)/,
    caveat: /Inte alla kontor tar emot besök för Migrationsverket. Det ser du när du bokar/,
    town: /I Göteborg bokar du först besöket/,
    eServices: /Alla statliga servicekontor kan hjälpa dig med Migrationsverkets e-tjänster/,
    spokenFirst: /^\s*Boka foto, fingeravtryck/,
    noPlace: 'Jag måste lämna fingeravtryck hos Migrationsverket',
    city: 'Göteborg',
    spokenOffice: /servicekontor i centrala Göteborg/,
    spokenTown: /Även i Göteborg tar inte alla kontor emot sådana besök\./,
    falseClaim: /som hjälper till med ärenden hos Migrationsverket/,
  },
  {
    locale: 'en-GB',
    booking: EN_BOOKING,
    goteborg: 'I fled from Ukraine and need to give my fingerprints, I live in Gothenburg',
    malmo: 'I need photos and fingerprints taken for the Migration Agency, I am in Malmö',
    myPage: /“My Page”/,
    caveat: /Not every office takes Migration Agency visits; the booking tells you which/,
    town: /In Gothenburg, book your visit/,
    eServices:
      /Any state service office \(servicekontor\) can help you with the Migration Agency.s e-services/,
    spokenFirst: /^\s*Book photos, fingerprints/,
    noPlace: 'I need to give my fingerprints to the Migration Agency',
    city: 'Gothenburg',
    spokenOffice: /service office in central Gothenburg/,
    spokenTown: /In Gothenburg too, not all offices take these visits\./,
    falseClaim: /that help with Swedish Migration Agency/,
  },
  {
    locale: 'uk-UA',
    booking: EN_BOOKING,
    goteborg: 'Я з України, мені треба здати відбитки пальців, я живу в Гетеборзі',
    malmo: 'Мені потрібно зробити фото і відбитки пальців для Міграційної служби, я в Мальме',
    myPage: /«Моїй сторінці» \(Mina sidor\), сторінка англійською/,
    caveat: /Не кожен офіс приймає відвідувачів Міграційної служби — це покаже запис/,
    town: /У Гетеборзі \(Göteborg\) спершу потрібно записатися на прийом/,
    eServices:
      /З електронними послугами та формами Міграційної служби допоможуть у будь-якому державному сервісному офісі/,
    spokenFirst: /^\s*Для фото, відбитків пальців/,
    noPlace: 'Мені треба здати відбитки пальців у Міграційній службі',
    city: 'Гетеборг',
    spokenOffice: /сервісний офіс у центрі Гетеборга/,
    spokenTown: /У Гетеборзі теж не кожен офіс приймає такі візити\./,
    falseClaim: /які допомагають у справах установи «Міграційна служба/,
  },
];

describe.each(LANGS)('Migrationsverket visits ($locale)', (l) => {
  it.each(['goteborg', 'malmo'] as const)(
    '%s: My Page first, then the nearest offices in general, none beyond the far threshold',
    async (city) => {
      const c = conversation(l.locale);
      const replies = await c.say(l[city]);
      const text = textOf(replies);
      const list = replies.find((r) => (r.entities ?? []).some((e) => e.type === 'Place'));
      const listText = list?.text ?? '';
      expect(listText.indexOf(l.booking)).toBeGreaterThanOrEqual(0);
      expect(listText.indexOf(l.booking)).toBeLessThan(listText.indexOf('**'));
      expect(listText).toMatch(l.myPage);
      expect(listText).toMatch(l.caveat);
      expect(text).not.toMatch(l.falseClaim);
      const offered = places(replies);
      expect(offered.length).toBeGreaterThan(0);
      for (const p of offered) expect(Number(p['distanceKm'])).toBeLessThan(50);
      if (city === 'goteborg') expect(listText).toMatch(l.town);
    },
  );

  it('in the web chat the short text beside the card leads with the booking link', async () => {
    const c = conversation(l.locale, 'webchat');
    const replies = await c.say(l.goteborg);
    const list = replies.find((r) => (r.entities ?? []).some((e) => e.type === 'Place'));
    expect(list?.attachments).toHaveLength(1);
    const text = list?.text ?? '';
    expect(text.indexOf(l.booking)).toBe(text.lastIndexOf(l.booking));
    expect(text.indexOf(l.booking)).toBeGreaterThanOrEqual(0);
    expect(text).toMatch(l.myPage);
  });

  it('on the phone the booking is said first', async () => {
    const c = conversation(l.locale, 'telephony');
    const replies = await c.say(l.malmo);
    const list = replies.find((r) => (r.entities ?? []).some((e) => e.type === 'Place'));
    expect(spoken(list ? [list] : [])).toMatch(l.spokenFirst);
    for (const p of places(replies)) expect(Number(p['distanceKm'])).toBeLessThan(50);
  });

  it('on the phone, the reply after the place is given: the booking, then "in Göteborg, not every office takes these visits", then the office', async () => {
    const c = conversation(l.locale, 'telephony');
    await c.say(l.noPlace);
    const replies = await c.say(l.city);
    const heard = spoken(replies);
    expect(places(replies).length).toBeGreaterThan(0);
    expect(heard).toMatch(l.spokenFirst);
    expect(heard).toMatch(l.spokenTown);
    // The booking and the town's caveat before the office is named.
    expect(heard.search(l.spokenTown)).toBeLessThan(heard.search(l.spokenOffice));
  });

  it('any office helps with Migrationsverket’s e-services and forms', async () => {
    const c = conversation(l.locale);
    const replies = await c.say(l.malmo);
    expect(textOf(replies)).toMatch(l.eServices);
  });
});
