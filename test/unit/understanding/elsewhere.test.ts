/**
 * Matters none of our bodies handles (data/matters.json "elsewhere"): registering a limited
 * company, an insurer, an airline, a court, a union, university admission, a professional licence,
 * customs, a bank, a parcel, a consulate, a builder, a hunting licence. When they carry most of what
 * the catalogue reads and no body is named, the message is out of scope, not a wrong body; a body's
 * own matter beside them still wins. Written for this test from the kinds, not from any evaluation line.
 */
import type { AgencyId } from '../../../src/agencies/agencyIds';
import type { Lang } from '../../../src/languages';
import { MatterCatalogue, parseMatterCatalogue } from '../../../src/understanding/matterCatalogue';
import { Understanding } from '../../../src/understanding/understanding';

let understanding: Understanding;
beforeAll(() => {
  understanding = Understanding.fromLocales();
});

describe('matters none of our bodies handles', () => {
  it.each<[string, Lang, string]>([
    [
      'registering a limited company',
      'sv',
      'Hur gör jag för att starta ett aktiebolag med min kompis?',
    ],
    ['registering a limited company', 'en', 'what do I need to set up a limited company in Sweden'],
    [
      'registering a limited company',
      'uk',
      'як відкрити aktiebolag у Швеції, які документи потрібні',
    ],
    ['an insurer', 'sv', 'Mitt försäkringsbolag vägrar ersätta vattenskadan i badrummet'],
    ['an insurer', 'en', 'my car insurance company is refusing to cover the repair'],
    ['an insurer', 'uk', 'страхова компанія не хоче платити за ремонт машини'],
    ['an airline', 'sv', 'flygbolaget ställde in min resa, hur får jag pengarna tillbaka'],
    ['an airline', 'en', "the airline cancelled my flight and won't refund me"],
    ['an airline', 'uk', 'авіакомпанія скасувала рейс, як повернути гроші'],
    ['a court, a divorce', 'sv', 'vi vill skiljas, vilken tingsrätt skickar vi ansökan till'],
    ['a court, a divorce', 'en', 'we want to file for divorce, which court do we send it to'],
    ['a court, a divorce', 'uk', 'ми хочемо розлучитися, до якого суду подавати заяву'],
    ['a union, an a-kassa to join', 'sv', 'hur blir man medlem i facket och i en a-kassa'],
    ['a union, an a-kassa to join', 'en', 'how do I join a trade union as a cleaner'],
    ['a union, an a-kassa to join', 'uk', 'як вступити до профспілки в Швеції'],
    ['university admission', 'sv', 'när öppnar antagningen till universitetet i höst'],
    ['university admission', 'en', 'how do I apply to university for the autumn term'],
    ['university admission', 'uk', 'як вступити до університету в Швеції восени'],
    [
      'a professional licence',
      'sv',
      'jag är sjuksköterska från Iran, hur får jag svensk sjuksköterskelegitimation',
    ],
    [
      'a professional licence',
      'en',
      "I'm a nurse from Brazil, how do I get a Swedish nursing licence",
    ],
    ['a professional licence', 'uk', 'я лікар з України, як отримати ліцензію лікаря у Швеції'],
    ['customs', 'sv', 'hur mycket alkohol får jag ta med genom tullen från Tyskland'],
    ['customs', 'en', 'how much alcohol can I bring through customs from Germany'],
    ['customs', 'uk', 'скільки алкоголю можна провезти через митницю з Польщі'],
    ["a bank's credit card", 'sv', 'jag vill ha ett kreditkort men banken säger nej'],
    ["a bank's credit card", 'en', "my bank won't give me a credit card, what can I do"],
    ["a bank's credit card", 'uk', 'як оформити кредитну картку в шведському банку'],
    ['a parcel', 'sv', 'mitt paket från postnord har inte kommit på tre veckor'],
    ['a parcel', 'en', 'my parcel from postnord has been stuck for three weeks'],
    ['a parcel', 'uk', 'як відправити посилку Новою Поштою до Львова'],
    ['a consulate', 'sv', 'var ligger ukrainska konsulatet i Stockholm'],
    ['a consulate', 'en', 'where is the Ukrainian consulate in Stockholm'],
    ['a consulate', 'uk', 'де знаходиться консульство України в Гетеборзі'],
    [
      'a builder, a consumer complaint',
      'sv',
      'en hantverkare lovade att fixa taket men gjorde ett dåligt jobb, vart vänder jag mig',
    ],
    [
      'a builder, a consumer complaint',
      'en',
      "the builder did a terrible job on my kitchen and won't fix it",
    ],
    [
      'a builder, a consumer complaint',
      'uk',
      'будівельна фірма погано зробила ремонт, куди скаржитися',
    ],
    ['a hunting licence', 'sv', 'hur tar man jägarexamen och vad kostar jaktkortet'],
    ['a hunting licence', 'en', 'how do I get a hunting licence in Sweden'],
    ['a hunting licence', 'uk', 'як отримати мисливський квиток у Швеції'],
  ])('%s [%s] is out of scope: %s', (_kind, lang, text) => {
    const got = understanding.classify(text, lang);
    expect(got.intent).toBe('outOfScope');
    expect(got.body).toBeUndefined();
  });

  it.each<[string, Lang, AgencyId, string]>([
    [
      'an insurer wants a police report',
      'sv',
      'polisen',
      'Försäkringsbolaget vill ha ett diarienummer från polisen efter att min cykel blev stulen',
    ],
    [
      'an insurer wants a police report',
      'en',
      'polisen',
      'my bike was stolen and the insurer wants a crime report number',
    ],
    [
      'an insurer wants a police report',
      'uk',
      'polisen',
      'у мене вкрали велосипед, страхова компанія просить номер заяви з поліції',
    ],
    [
      'a court ruled, the debtor will not pay',
      'sv',
      'kronofogden',
      'tingsrätten har dömt att han ska betala mig men han betalar inte',
    ],
    [
      'a court ruled, the debtor will not pay',
      'en',
      'kronofogden',
      "the court said he owes me money but he still won't pay",
    ],
    [
      'an a-kassa asks for Arbetsförmedlingen',
      'sv',
      'arbetsformedlingen',
      'a-kassan säger att jag måste vara inskriven hos Arbetsförmedlingen',
    ],
    [
      'university studies with student aid',
      'en',
      'csn',
      'can I get CSN student loan for my university studies',
    ],
    [
      'university studies with student aid',
      'uk',
      'csn',
      'чи можна отримати CSN на навчання в університеті',
    ],
    ['a body named', 'sv', 'skatteverket', 'Skatteverket, hur registrerar jag enskild firma'],
  ])('%s [%s] stays with %s: %s', (_kind, lang, body, text) => {
    expect(understanding.classify(text, lang).body).toBe(body);
  });

  it.each<[string, Lang, string, string]>([
    ['a foreign passport', 'en', 'else.consulate', "I'm British and my passport has run out"],
    ['a foreign passport', 'en', 'else.consulate', 'where do I renew a Polish passport in Sweden?'],
    ['a foreign passport', 'sv', 'else.consulate', 'Jag är dansk medborgare och passet är borta'],
    [
      'a foreign passport',
      'sv',
      'else.consulate',
      'Hur förnyar jag mitt tyska pass här i Sverige?',
    ],
    ['a foreign passport', 'uk', 'else.consulate', 'Я громадянка Литви, мені треба новий паспорт'],
    [
      'a foreign passport',
      'uk',
      'else.consulate',
      'у мене німецький паспорт, термін дії скінчився',
    ],
    [
      'a windscreen, the insurer',
      'sv',
      'else.insurer',
      'Stenskott i vindrutan, vem står för lagningen?',
    ],
    ['a windscreen, the insurer', 'en', 'else.insurer', 'a stone chipped my windscreen, who pays?'],
    [
      'a windscreen, the insurer',
      'uk',
      'else.insurer',
      'тріснуло лобове скло від каменя, чи покриє страховка?',
    ],
    ['a company', 'sv', 'else.company', 'Hur registrerar jag ett aktiebolag?'],
    ['a company', 'en', 'else.company', 'how do I register a limited company'],
    ['a company', 'uk', 'else.company', 'як зареєструвати компанію у Швеції?'],
    [
      'a divorce in court',
      'sv',
      'else.court',
      'Jag vill skilja mig, till vilken domstol skickar jag det?',
    ],
    ['a divorce in court', 'en', 'else.court', 'I want a divorce, which court handles it?'],
    ['a divorce in court', 'uk', 'else.court', 'хочу розлучитися, до якого суду йти?'],
  ])('%s [%s] is out of scope, a matter of %s: %s', (_kind, lang, who, text) => {
    const got = understanding.classify(text, lang);
    expect(got.intent).toBe('outOfScope');
    expect(got.elsewhere).toBe(who);
  });

  it.each<[Lang, string]>([
    ['en', 'Is there a good TV series about the police in Sweden?'],
    ['en', 'I saw on the news that Migrationsverket is moving, is that true?'],
    ['sv', 'Finns det någon bra tv-serie om polisen?'],
    ['sv', 'Jag såg ett avsnitt om Kronofogden på tv i går'],
    ['uk', 'Порадьте серіал про шведську поліцію'],
    ['uk', 'бачила в новинах про пожежу в Мальме'],
  ])(
    'news or a TV series naming a body [%s] is out of scope, no body and no 112: %s',
    (lang, text) => {
      const got = understanding.classify(text, lang);
      expect(got.intent).toBe('outOfScope');
      expect(got.body).toBeUndefined();
    },
  );

  it.each<[Lang, string]>([
    ['en', 'I lost my passport, I am a Swedish citizen'],
    ['sv', 'Jag har tappat mitt pass'],
    ['uk', 'я громадянин Швеції і загубив паспорт'],
  ])("a Swede's passport [%s] stays with Polisen: %s", (lang, text) => {
    expect(understanding.classify(text, lang).body).toBe('polisen');
  });
});

describe('the catalogue reads what is no body of ours', () => {
  const catalogue = new MatterCatalogue(
    parseMatterCatalogue(
      {
        matters: [
          { id: 'csn.studies', body: 'csn', sv: ['studera'], en: ['study'], uk: ['вчитися'] },
        ],
        elsewhere: [
          {
            id: 'else.union',
            who: 'a union',
            sv: ['facket'],
            en: ['trade union'],
            uk: ['профспілка'],
          },
        ],
      },
      'test',
    ),
  );

  it("gives the share of the reading that is elsewhere, beside the bodies' shares", () => {
    const reading = catalogue.read(['join', 'a', 'trade', 'union', 'and', 'study'], 'en');
    // "trade union" (two words, 1.5) against "study" (1).
    expect(reading.elsewhere).toBeCloseTo(0.6);
    expect(reading.votes).toEqual([
      { agency: 'csn', share: expect.closeTo(0.4) as number, matters: ['csn.studies'] },
    ]);
    expect(reading.matter).toBe('else.union');
  });

  it('reads nothing elsewhere when no such word is there', () => {
    expect(catalogue.read(['jag', 'vill', 'studera'], 'sv')).toEqual({
      votes: [{ agency: 'csn', share: 1, matters: ['csn.studies'] }],
      elsewhere: 0,
    });
  });

  it('reads a life event of a matter none of our bodies handles', () => {
    const withEvent = new MatterCatalogue(
      parseMatterCatalogue(
        {
          concepts: {
            foreign: { sv: ['dansk medborgare'], en: ['danish'], uk: ['данськ*'] },
            passport: { sv: ['passet'], en: ['passport'], uk: ['паспорт*'] },
          },
          matters: [
            { id: 'po.passport', body: 'polisen', sv: ['pass'], en: ['passport'], uk: ['паспорт'] },
          ],
          elsewhere: [
            {
              id: 'else.consulate',
              sv: ['konsulat'],
              en: ['consulate'],
              uk: ['консульство'],
              events: [{ weight: 4, all: ['foreign', 'passport'] }],
            },
          ],
        },
        'test',
      ),
    );
    const reading = withEvent.read(['i', 'am', 'danish', 'and', 'lost', 'my', 'passport'], 'en');
    // The event (4) against the passport phrase (1).
    expect(reading.elsewhere).toBeCloseTo(0.8);
    expect(reading.matter).toBe('else.consulate');
    expect(withEvent.read(['i', 'lost', 'my', 'passport'], 'en').elsewhere).toBe(0);
  });

  it('rejects an entry whose id is not an else.* id', () => {
    expect(() =>
      parseMatterCatalogue(
        {
          matters: [{ id: 'csn.studies', body: 'csn', sv: ['a'], en: ['a'], uk: ['a'] }],
          elsewhere: [{ id: 'union', sv: ['a'], en: ['a'], uk: ['a'] }],
        },
        'test',
      ),
    ).toThrow(/elsewhere\.0\.id/);
  });
});
