/**
 * A matter none of our bodies handles, where our data says who does (data/matters.json
 * "elsewhere"): the reply says who handles it instead of only "I can't help", on screen and on the
 * phone, names none of our bodies and gives no 112. A foreign citizen's passport goes to their
 * country's embassy, not to Polisen; a TV series about the police is not a police matter.
 */
import { bodiesOf, spokenOf, textOf, transcripts } from '../helpers/transcript';

const conversation = transcripts();

describe.each([
  {
    locale: 'sv-SE',
    passport: 'Jag är norsk medborgare och mitt pass har gått ut, var förnyar jag det?',
    embassy: /Det kan vara en fråga för ditt lands ambassad eller konsulat/,
    company: 'Hur gör jag för att registrera ett aktiebolag?',
    bolagsverket: /Det kan vara en fråga för Bolagsverket/,
    tv: 'Vilken är den bästa tv-serien om polisen?',
    plain: /Det kan jag tyvärr inte hjälpa till med/,
  },
  {
    locale: 'en-GB',
    passport: "I'm Irish and my passport has expired, where do I renew it?",
    embassy: /It may be a matter for your country's embassy or consulate/,
    company: 'How do I register a limited company?',
    bolagsverket:
      /It may be a matter for the Swedish Companies Registration Office( \(Bolagsverket\))?/,
    tv: "What's a good TV series about the police?",
    plain: /I'm sorry, I can't help with that/,
  },
  {
    locale: 'uk-UA',
    passport: 'Я громадянин Данії, мій паспорт закінчився, де його поновити?',
    embassy: /Можливо, цим займається посольство або консульство вашої країни/,
    company: 'Як зареєструвати компанію у Швеції?',
    bolagsverket: /Можливо, цим займається Шведське бюро реєстрації компаній( \(Bolagsverket\))?/,
    tv: 'Який є гарний серіал про поліцію?',
    plain: /На жаль, із цим я не допоможу/,
  },
])('who handles what we do not ($locale)', (l) => {
  it("a foreign citizen's passport: their embassy, not Polisen", async () => {
    const replies = await conversation(l.locale).say(l.passport);
    expect(textOf(replies)).toMatch(l.embassy);
    expect(bodiesOf(replies)).toEqual([]);
  });

  it('a limited company: Bolagsverket, on screen and on the phone', async () => {
    expect(textOf(await conversation(l.locale).say(l.company))).toMatch(l.bolagsverket);
    const spoken = spokenOf(await conversation(l.locale, 'telephony').say(l.company));
    expect(spoken).toMatch(l.bolagsverket);
  });

  it('a TV series about the police: no body, no 112, and no one named', async () => {
    const replies = await conversation(l.locale).say(l.tv);
    expect(bodiesOf(replies)).toEqual([]);
    expect(textOf(replies)).toMatch(l.plain);
  });
});
