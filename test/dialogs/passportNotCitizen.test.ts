/**
 * Passports for people who are not Swedish citizens: Polisen issues passports and national ID cards
 * to Swedish citizens only, so a refugee, a person with protection or a Ukrainian is sent to
 * Migrationsverket (travel document, alien's passport), Ukraine's embassy or consular services for a
 * Ukrainian passport, and Skatteverket's ID card once registered; never to Polisen for a passport.
 */
import { bodiesOf, spokenOf, textOf, transcripts } from '../helpers/transcript';

const conversation = transcripts();

const LANGS = [
  {
    locale: 'sv-SE',
    ukrainian: 'Jag kommer från Ukraina och har tillfälligt skydd. Hur får jag ett nytt pass?',
    refugee: 'Jag är flykting och behöver ett pass',
    fromUkraine: 'Jag kommer från Ukraina',
    nationality: 'Mitt pass går snart ut och jag är ukrainare, hur får jag ett nytt?',
    later: 'Var förnyar jag mitt pass?',
    citizen: 'Jag behöver förnya mitt pass',
    citizensOnly: /Polisen utfärdar pass och nationella id-kort bara till svenska medborgare/,
    migrationsverket:
      /resedokument om du har flyktingstatus, ett främlingspass om du inte kan få pass från ditt hemland/,
    booking:
      'Mina sidor (sidan är på engelska): https://migrationsverket.se/en/contact-us/book-an-appointment.html',
    embassy:
      /Ett ukrainskt pass utfärdar och förnyar Ukraina, genom Ukrainas ambassad eller konsulära tjänster/,
    idCard: /id-kort hos Skatteverket/,
    polisenAnswer: /Det här sköter Polisen/,
  },
  {
    locale: 'en-GB',
    ukrainian: 'I am from Ukraine and have temporary protection, how do I get a new passport?',
    refugee: 'I am a refugee and need a passport',
    fromUkraine: 'I come from Ukraine',
    nationality: "My passport runs out soon and I'm Ukrainian, how do I get a new one?",
    later: 'where do I renew my passport?',
    citizen: 'I need to renew my passport',
    citizensOnly:
      /The Swedish Police Authority \(Polisen\) issues passports and national ID cards to Swedish citizens only/,
    migrationsverket:
      /a travel document if you have refugee status, an alien\S{1,6}s passport if you cannot get a passport from your home country/,
    booking: 'https://migrationsverket.se/en/contact-us/book-an-appointment.html',
    embassy:
      /A Ukrainian passport is issued and renewed by Ukraine, through Ukraine\S{1,6}s embassy or consular services/,
    idCard: /ID card from the Swedish Tax Agency \(Skatteverket\)/,
    polisenAnswer: /The Swedish Police Authority \(Polisen\) deals with this/,
  },
  {
    locale: 'uk-UA',
    ukrainian: 'Я з України, маю тимчасовий захист. Як мені отримати новий паспорт?',
    refugee: 'Я не громадянин Швеції, мені потрібен паспорт',
    fromUkraine: 'Я з України',
    nationality: 'Мій паспорт скоро закінчується, я українець, як отримати новий?',
    later: 'мені потрібен новий паспорт',
    citizen: 'Мені треба оновити шведський паспорт',
    citizensOnly:
      /Поліція Швеції \(Polisen\) видає паспорти й національні ID-картки лише шведським громадянам/,
    migrationsverket:
      /проїзний документ — якщо маєте статус біженця, паспорт іноземця \(främlingspass\) — якщо не можете отримати паспорт своєї країни/,
    booking: 'https://migrationsverket.se/en/contact-us/book-an-appointment.html',
    embassy:
      /Український паспорт видає й оновлює Україна — через посольство або консульські служби України/,
    idCard: /ID-картку в Податковій службі Швеції \(Skatteverket\)/,
    polisenAnswer: /Цим займається Поліція/,
  },
];

describe.each(LANGS)('passports for people who are not Swedish citizens ($locale)', (l) => {
  it('a Ukrainian with temporary protection: Migrationsverket and Ukraine’s embassy, not Polisen', async () => {
    const replies = await conversation(l.locale).say(l.ukrainian);
    const text = textOf(replies);
    expect(text).toMatch(l.citizensOnly);
    expect(text).toMatch(l.migrationsverket);
    expect(text).toContain(l.booking);
    expect(text).toMatch(l.embassy);
    expect(text).toMatch(l.idCard);
    expect(text).not.toMatch(l.polisenAnswer);
    expect(bodiesOf(replies)).toEqual(['migrationsverket']);
  });

  it('the nationality said as a word ("I\'m Ukrainian"): Ukraine\'s embassy, not Polisen', async () => {
    const replies = await conversation(l.locale).say(l.nationality);
    const text = textOf(replies);
    expect(text).toMatch(l.embassy);
    expect(text).not.toMatch(l.polisenAnswer);
    expect(bodiesOf(replies)).toEqual(['migrationsverket']);
  });

  it('a refugee or non-citizen from elsewhere: Migrationsverket, and no Ukrainian embassy', async () => {
    const text = textOf(await conversation(l.locale).say(l.refugee));
    expect(text).toMatch(l.migrationsverket);
    expect(text).not.toMatch(l.embassy);
    expect(text).not.toMatch(l.polisenAnswer);
  });

  it('what the person said earlier counts: "I come from Ukraine", then a passport question', async () => {
    const c = conversation(l.locale);
    await c.say(l.fromUkraine);
    const text = textOf(await c.say(l.later));
    expect(text).toMatch(l.migrationsverket);
    expect(text).toMatch(l.embassy);
    expect(text).not.toMatch(l.polisenAnswer);
  });

  it('someone who says nothing of the kind is still sent to Polisen', async () => {
    const replies = await conversation(l.locale).say(l.citizen);
    expect(textOf(replies)).toMatch(l.polisenAnswer);
    expect(bodiesOf(replies)).toEqual(['polisen']);
  });

  it('on the phone: the same routing, the booking page by its site’s name, no link', async () => {
    const replies = await conversation(l.locale, 'telephony').say(l.ukrainian);
    const spoken = spokenOf(replies);
    expect(spoken).toMatch(l.embassy);
    expect(spoken).toContain('migrationsverket.se');
    expect(spoken).not.toContain('https://');
  });
});
