/**
 * The findings of review 18e left open last session: phone office turns short enough to follow
 * (one office, where and how far, then "next"; at most 45 spoken words), a town said once and in
 * one spelling, a booked visit's office list under a plain heading with "Inte alla kontor", and
 * the plain text of a spoken reply without a space before its stops.
 */
import { nearestOffices } from '../../../dialogs/findOfficeDialog';
import type { AgencyId } from '../../../src/agencies/agencyIds';
import { LANGS, type Lang } from '../../../src/languages';
import { OfficeListService } from '../../../src/offices/officeList';
import type { Answer, PlaceLabel } from '../../../src/render/answer';
import { ssmlPlainText } from '../../../src/render/speech/xml';
import { spokenWords } from '../../../bench/speechWords';
import { catalogue, makeRenderer, offices, replyOn, WEDNESDAY_11 } from './speechFixtures';

const { screen, phone, ssml } = replyOn(makeRenderer());
const services = { catalogue, officeList: new OfficeListService(offices) };

/** Places callers name, with the point the dialogs resolve them to. */
const PLACES: [PlaceLabel, number, number][] = [
  [{ name: 'Göteborg', municipality: 'Göteborg', kind: 'municipality' }, 57.7089, 11.9746],
  [{ name: 'Umeå', municipality: 'Umeå', kind: 'locality' }, 63.8258, 20.263],
  [{ name: 'Jokkmokk', municipality: 'Jokkmokk', kind: 'locality' }, 66.6066, 19.8229],
  [{ name: 'Kista', municipality: 'Stockholm', kind: 'district' }, 59.4032, 17.9447],
  // No office of ours near: the list may lack one, said first.
  [{ name: 'Gävle', municipality: 'Gävle', kind: 'locality' }, 60.6749, 17.1413],
];

/** The office list a caller hears first (one office a reply), and the one after "next". */
function pages(place: PlaceLabel, lat: number, lon: number, agency?: AgencyId): Answer[] {
  const query = { place, point: { lat, lon }, lang: 'en' as const, at: WEDNESDAY_11, size: 2 };
  const { answer } = nearestOffices(services, {
    ...query,
    ...(agency === undefined ? {} : { agency }),
  });
  const [first, second] = answer.matches;
  return [
    { ...answer, matches: first === undefined ? [] : [first], more: true },
    ...(second === undefined ? [] : [{ ...answer, matches: [second], continued: true }]),
  ];
}

describe.each(LANGS)('a phone office turn in %s', (lang: Lang) => {
  it.each([undefined, 'forsakringskassan', 'migrationsverket'] as const)(
    'is at most 45 spoken words, first page and "next" (%s)',
    (agency) => {
      for (const [place, lat, lon] of PLACES) {
        for (const page of pages(place, lat, lon, agency)) {
          const said = phone(page, lang);
          expect([place.name, spokenWords(said), said]).toEqual([
            place.name,
            Math.min(spokenWords(said), 45),
            said,
          ]);
        }
      }
    },
  );

  it('a booked visit says the booking once, and no phone number', () => {
    for (const [place, lat, lon] of PLACES) {
      const [first] = pages(place, lat, lon, 'migrationsverket');
      if (first === undefined) continue;
      const said = ssml(first, lang);
      expect(said.split('migrationsverket.se').length - 1).toBe(1);
      expect(said).not.toContain('interpret-as="digits"');
    }
  });
});

describe('a town is said once, in one spelling', () => {
  const umea = PLACES[1] as (typeof PLACES)[number];
  it.each([
    ['sv', 'Det finns ett servicekontor i centrala Umeå', /Umeå/gu],
    ['en', "There's a service office in central Umeå", /Umeå/gu],
    ['uk', 'Є сервісний офіс у центрі Умео', /Умео|Umeå/gu],
  ] as const)(
    '%s: the office in central Umeå, not "Umeå … It is in central Umeå"',
    (lang, opening, town) => {
      const [first] = pages(...umea);
      const said = phone(first as Answer, lang);
      expect(said).toContain(opening);
      expect(said.match(town)).toHaveLength(1);
    },
  );

  it.each([
    ['sv', 'Nästa kontor ligger i centrala Umeå'],
    ['en', 'The next office is in central Umeå'],
    ['uk', 'Наступний офіс — у центрі Умео'],
  ] as const)('%s: "next" names the next office by its town once', (lang, said) => {
    const [place, lat, lon] = PLACES[4] as (typeof PLACES)[number];
    const matches = offices
      .nearest({ lat: 63.8258, lon: 20.263 }, { at: WEDNESDAY_11, limit: 1 })
      .filter((m) => m.office.name === 'Umeå');
    expect(matches).toHaveLength(1);
    const next: Answer = {
      kind: 'offices',
      place: { ...place, name: 'Vännäs', municipality: 'Vännäs' },
      matches,
      bookingTowns: [],
      at: WEDNESDAY_11,
      continued: true,
      more: true,
    };
    const text = phone(next, lang);
    expect(text).toContain(said);
    expect(text).not.toMatch(/Він у центрі|It is in central|Det ligger i centrala/u);
    expect([lat, lon]).toHaveLength(2);
  });
});

describe('a booked visit’s office list on screen', () => {
  const gbg = PLACES[0] as (typeof PLACES)[number];
  it.each([
    [
      'sv',
      'Inte alla kontor tar emot besök för Migrationsverket. Det ser du när du bokar.',
      'Servicekontor närmast Göteborg:',
    ],
    [
      'en',
      'Not every office takes Migration Agency visits; the booking tells you which.',
      'The nearest service offices to Gothenburg:',
    ],
    [
      'uk',
      'Не кожен офіс приймає відвідувачів Міграційної служби — це покаже запис.',
      'Найближчі до Гетеборга (Göteborg) сервісні офіси:',
    ],
  ] as const)('%s: the caveat is a sentence, the heading stands alone', (lang, caveat, heading) => {
    const { answer } = nearestOffices(services, {
      place: gbg[0],
      point: { lat: gbg[1], lon: gbg[2] },
      agency: 'migrationsverket',
      lang,
      at: WEDNESDAY_11,
      size: 3,
    });
    const paragraphs = screen(answer, lang).split('\n\n');
    expect(paragraphs).toContain(heading);
    const note = paragraphs.find((p) => p.startsWith(caveat)) ?? '';
    expect(paragraphs.indexOf(note)).toBeLessThan(paragraphs.indexOf(heading));
    expect(paragraphs.indexOf(note)).toBeGreaterThan(0);
    expect(screen(answer, lang)).not.toMatch(/Alla kontor tar inte/u);
    // The booking page is linked once.
    expect(screen(answer, lang).split('book-an-appointment').length - 1).toBe(1);
  });
});

describe('the plain text of a spoken reply', () => {
  it.each(LANGS)('%s: no space before a stop after a Swedish name or a number', (lang) => {
    const said = ssmlPlainText(
      ssml({ kind: 'agency', agency: 'skatteverket', offerOffice: false }, lang),
    );
    expect(said).not.toMatch(/\s[.,;:!?]/u);
    expect(said).toMatch(/0771 567 567\./u);
    expect(said).toContain('Skatteverket');
  });

  it('keeps a word boundary where the voice changes and reads the XML specials back', () => {
    const said = ssmlPlainText(
      ssml({ kind: 'agency', agency: 'skatteverket', offerOffice: false }, 'en'),
    );
    expect(said).toContain('The Swedish Tax Agency, Skatteverket, deals with this.');
    expect(
      ssmlPlainText('<speak><voice name="a">It&apos;s &amp; <break time="1s"/>ok</voice></speak>'),
    ).toBe("It's & ok");
  });
});

describe('a matter none of our bodies handles names who does, where the data has it', () => {
  it.each([
    ['sv', 'Det kan vara en fråga för Bolagsverket.', 'Det kan vara en fråga för Bolagsverket.'],
    [
      'en',
      'It may be a matter for the Swedish Companies Registration Office (Bolagsverket).',
      'It may be a matter for the Swedish Companies Registration Office, Bolagsverket.',
    ],
    [
      'uk',
      'Можливо, цим займається Шведське бюро реєстрації компаній (Bolagsverket).',
      'Можливо, цим займається Шведське бюро реєстрації компаній, Bolagsverket.',
    ],
  ] as const)('%s: on screen and on the phone', (lang, text, said) => {
    const answer: Answer = { kind: 'outOfScope', misses: 1, elsewhere: 'else.company' };
    expect(screen(answer, lang)).toContain(text);
    expect(phone(answer, lang)).toContain(said);
    expect(ssml(answer, lang)).toContain(lang === 'sv' ? 'Bolagsverket' : '>Bolagsverket<');
  });

  it.each(LANGS)('%s: without a body in the data, what the bot can do, as before', (lang) => {
    const plain: Answer = { kind: 'outOfScope', misses: 1 };
    expect(screen({ kind: 'outOfScope', misses: 1, elsewhere: 'else.news' }, lang)).toBe(
      screen(plain, lang),
    );
  });
});

describe('1177 is the health advice line, not "the region’s number"', () => {
  it.each([
    [
      'sv',
      'Sjukvårdsrådgivning dygnet runt: ring 1177.',
      'För sjukvårdsrådgivning dygnet runt, ring elva sjuttiosju.',
    ],
    [
      'en',
      'Health advice at any hour: call 1177.',
      'For health advice at any hour, call one one seven seven.',
    ],
    [
      'uk',
      'Медична порада цілодобово: телефонуйте 1177.',
      'Щоб отримати медичну пораду цілодобово, телефонуйте одинадцять сімдесят сім.',
    ],
  ] as const)(
    '%s: on screen, on the phone and when the call is put through',
    (lang, text, said) => {
      for (const answer of [
        { kind: 'agency', agency: 'region', offerOffice: false },
        { kind: 'contact', agency: 'region' },
      ] as Answer[]) {
        expect(screen(answer, lang)).toContain(text);
        expect(phone(answer, lang)).toContain(said);
        expect(phone(answer, lang)).not.toMatch(/regionen är|for your region is|вашого регіону:/u);
      }
      const transfer = ssmlPlainText(ssml({ kind: 'transferring', agency: 'region' }, lang));
      expect(transfer).toMatch(
        /sjukvårdsrådgivningen på elva sjuttiosju|health advice line, one one seven seven|лінію медичних порад одинадцять сімдесят сім/u,
      );
    },
  );
});

describe('a number to check before calling is checked on the phone too', () => {
  it.each([
    ['sv', 'men kontrollera det först på kronofogden.se'],
    ['en', 'but check it on kronofogden.se first'],
    ['uk', 'але спершу перевірте його на kronofogden.se'],
  ] as const)('%s: Kronofogden’s number with where to check it', (lang, caution) => {
    expect(screen({ kind: 'agency', agency: 'kronofogden', offerOffice: false }, lang)).toMatch(
      /innan du ringer|before you call|[Пп]ерш ніж телефонувати/u,
    );
    expect(phone({ kind: 'agency', agency: 'kronofogden', offerOffice: false }, lang)).toContain(
      caution,
    );
    expect(phone({ kind: 'contact', agency: 'kronofogden' }, lang)).toContain(caution);
  });
});

describe('a short Ukraine topic on the phone ends with how to hear more', () => {
  it.each([
    [
      'sv',
      'Reglerna ändras, så kontrollera forsakringskassan.se. Fråga om arbete igen om du vill höra mer.',
    ],
    ['en', 'Rules change: check forsakringskassan.se. Ask about work again for more.'],
    [
      'uk',
      'Правила змінюються: перевірте forsakringskassan.se. Докладніше — запитайте ще раз про роботу.',
    ],
  ] as const)(
    '%s: work names the body whose site it gives, the site the same in every language',
    (lang, end) => {
      const said = phone({ kind: 'ukraine', topic: 'work' }, lang);
      expect(said.endsWith(end)).toBe(true);
      expect(said).toContain('Försäkringskassan');
    },
  );
});

describe('review 18f: the phone claims no more than the screen', () => {
  it.each([
    ['sv', 'kan du få arbetsbaserade ersättningar'],
    ['en', 'If you work, you can get work-based benefits'],
    ['uk', 'то можете мати право на виплати'],
  ] as const)('%s: work-based benefits are something you can get', (lang, hedge) => {
    expect(phone({ kind: 'ukraine', topic: 'work' }, lang)).toContain(hedge);
  });

  it('uk: no more offices "in my list", and four weeks as "протягом"', () => {
    expect(phone({ kind: 'noMoreOffices' }, 'uk')).toContain('в моєму списку немає');
    expect(phone({ kind: 'ukraine', topic: 'registration' }, 'uk')).toContain(
      'протягом чотирьох тижнів',
    );
    expect(screen({ kind: 'agency', agency: 'skatteverket', offerOffice: false }, 'uk')).toContain(
      'можуть допомогти',
    );
  });

  it('sv: help says how to start over without echoing it', () => {
    expect(phone({ kind: 'help' }, 'sv')).toContain('Om du vill börja från början, säg börja om.');
  });
});
