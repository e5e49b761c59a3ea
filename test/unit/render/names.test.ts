/**
 * Names inside sentences: every reply that names a body or a place, for every body and sample
 * places, in each language, on a screen and on the phone, checked for the shapes a native reader
 * flagged (a Latin name right after a Ukrainian preposition, "установи «", "by Swedish …", ISO
 * dates, a body named "1177", "man" in Swedish).
 */
import { AGENCY_IDS } from '../../../src/agencies/agencyIds';
import { LANGS, type Lang } from '../../../src/languages';
import type { OfficeMatch } from '../../../src/offices';
import type { Answer, PlaceLabel } from '../../../src/render/answer';
import { SpeechRenderer } from '../../../src/render/speech/speechRenderer';
import {
  catalogue,
  gamlestaden,
  i18n,
  languages,
  makeRenderer,
  mjolby,
  offices,
  ukraine,
  WEDNESDAY_11,
  WEDNESDAY_17,
} from './speechFixtures';

const renderer = makeRenderer();
const speech = new SpeechRenderer(i18n, languages, catalogue, offices.remoteHelp, ukraine);

const PLACES: PlaceLabel[] = [
  { name: 'Göteborg', municipality: 'Göteborg', kind: 'municipality' },
  { name: 'Malmö', municipality: 'Malmö', kind: 'locality' },
  { name: 'Umeå', municipality: 'Umeå', kind: 'locality' },
  { name: 'Jokkmokk', municipality: 'Jokkmokk', kind: 'locality' },
  { name: 'Kista', municipality: 'Stockholm', kind: 'district' },
  { name: 'Karlskoga', municipality: 'Karlskoga' },
  { name: 'Göteborg', municipality: 'Göteborg', kind: 'locality', written: 'Гетеборзі' },
];

/** An office with no street, so the sentence says where it is by district or town. */
function without(m: OfficeMatch, precision: OfficeMatch['precision']): OfficeMatch {
  return {
    ...m,
    precision,
    office: { ...m.office, address: { street: null, postalCode: null, town: null } },
  };
}

function answers(): Answer[] {
  const list: Answer[] = [];
  const g = gamlestaden(WEDNESDAY_11);
  const matches = [
    mjolby(WEDNESDAY_11),
    mjolby(WEDNESDAY_17),
    without(g, 'district'),
    without(g, 'locality'),
    without(g, 'municipality'),
  ];
  for (const agency of AGENCY_IDS) {
    list.push({ kind: 'agency', agency, offerOffice: true });
    list.push({ kind: 'agency', agency, offerOffice: false });
    list.push({ kind: 'contact', agency });
    list.push({ kind: 'transferring', agency });
    list.push({ kind: 'transferFailed', agency });
    for (const place of PLACES) {
      list.push({
        kind: 'offices',
        place,
        agency,
        matches,
        bookingTowns: [place.name],
        at: WEDNESDAY_11,
        more: true,
      });
    }
  }
  for (const place of PLACES) {
    list.push({ kind: 'offices', place, matches, bookingTowns: [], at: WEDNESDAY_11, more: false });
    list.push({
      kind: 'offices',
      place,
      matches,
      bookingTowns: [],
      at: WEDNESDAY_11,
      continued: true,
      more: false,
    });
  }
  list.push({ kind: 'chooseAgency', options: ['skatteverket', 'csn', 'polisen'] });
  list.push({ kind: 'reask', agencies: ['migrationsverket', 'kommun', 'region'] });
  list.push({ kind: 'contact' }, { kind: 'transferring' }, { kind: 'transferFailed' });
  list.push({ kind: 'placeNotFound' }, { kind: 'noMoreOffices' });
  list.push({ kind: 'outOfScope', misses: 2 });
  const m = mjolby(WEDNESDAY_11);
  list.push({ kind: 'officeDetail', match: m, week: offices.weekHours(m.office, WEDNESDAY_11) });
  list.push({
    kind: 'officeDetail',
    match: { ...m, stale: true, confirmed: '2021' },
    week: offices.weekHours(m.office, WEDNESDAY_11),
  });
  list.push({ kind: 'ukraine', topic: 'menu' });
  for (const topic of ['protection', 'lma', 'registration', 'work', 'money', 'inPerson'] as const) {
    list.push({ kind: 'ukraine', topic });
  }
  return list;
}

/** Shapes that read badly, per language, on a screen and on the phone. */
const BAD: Record<Lang, [string, RegExp][]> = {
  sv: [
    ['a body called "1177"', /sköts av 1177/u],
    ['"man" instead of "du"', /\bman\b/u],
  ],
  en: [
    [
      'a body without "the"',
      /\b(?:by|to|with|for|from|contact|reach) Swedish (?:Tax|Social|Pensions|Public|Migration|Enforcement|Police|Transport)/u,
    ],
    ['"Göteborg" where English says Gothenburg', /\b(?:to|near|in|central) Göteborg\b/u],
    ['"please" in an instruction', /\bplease\b/iu],
  ],
  uk: [
    [
      'a Latin name right after a preposition',
      /(?:^|[\s(«])(?:до|у|в|з|із|зі|від|поблизу|біля)\s+[A-Za-zÅÄÖÉåäöé]/u,
    ],
    ['the "установи" workaround', /установ(?:и|ою|і)\s*[«:]/u],
  ],
};
const EVERYWHERE: [string, RegExp][] = [
  ['an ISO date', /(?<![\d-])(?:19|20)\d\d-(?:0[1-9]|1[0-2])(?:-\d\d)?(?![\d-])/u],
  ['a placeholder or object left over', /\{\{|\}\}|\[object|undefined|NaN/u],
  ['a doubled word', /(?<![\p{L}-])(\p{L}{3,}) \1(?![\p{L}-])/iu],
];

/** The words short numbers are said in (voice.json `spoken.*`). */
const spokenNumbers = Object.fromEntries(
  LANGS.map((lang) => {
    const voice = i18n.getResourceBundle(lang, 'voice') as Record<string, string>;
    const words = Object.entries(voice).filter(([key]) => key.startsWith('spoken.'));
    return [lang, words.map(([, said]) => said)];
  }),
) as Record<Lang, string[]>;

function says(answer: Answer, lang: Lang): { text: string; spoken: string } {
  const text = renderer.render(answer, { lang, channelId: 'test' }).text ?? '';
  const screen = { text, expectsInput: false };
  const spoken = speech.render(answer, { lang, channelId: 'telephony' }, screen).plainText;
  return { text, spoken };
}

describe.each(LANGS)('names inside sentences in %s', (lang) => {
  const rendered = answers().map((a) => ({ kind: a.kind, ...says(a, lang) }));

  it.each([...BAD[lang], ...EVERYWHERE])('never: %s', (_, shape) => {
    const bad = rendered.flatMap(({ kind, text, spoken }) =>
      [text, spoken]
        .flatMap((t) => t.split(/\n+|(?<=[.!?])\s+/u))
        // "ett ett två", "eleven seven seven": a number said as people say it is not a doubled word.
        .map((line) => spokenNumbers[lang].reduce((l, words) => l.replace(words, '#'), line))
        .filter((line) => !/https?:\/\//u.test(line) && shape.test(line))
        .map((line) => `${kind}: ${line}`),
    );
    expect(bad).toEqual([]);
  });

  it('says no brackets and no web address on the phone', () => {
    for (const { kind, spoken } of rendered) {
      expect({ kind, brackets: /[()]/u.test(spoken) }).toEqual({ kind, brackets: false });
      expect({ kind, url: /https?:|www\./u.test(spoken) }).toEqual({ kind, url: false });
    }
  });
});

describe('Ukrainian case forms', () => {
  const uk = (answer: Answer) => says(answer, 'uk');
  const gbg = PLACES[0] as PlaceLabel;

  it.each([
    [
      { kind: 'agency', agency: 'kronofogden', offerOffice: false },
      'до Служби виконання стягнень (Kronofogden)',
    ],
    [
      { kind: 'transferFailed', agency: 'forsakringskassan' },
      'Контакти Каси соціального страхування (Försäkringskassan)',
    ],
    [
      { kind: 'contact', agency: 'migrationsverket' },
      'Записатися на прийом до Міграційної служби (Migrationsverket)',
    ],
    [{ kind: 'contact' }, 'до Державного сервісного центру (Statens servicecenter)'],
  ] as [Answer, string][])('%o says "%s"', (answer, words) => {
    expect(uk(answer).text).toContain(words);
  });

  it('declines a place with a Ukrainian name and keeps the Swedish in brackets', () => {
    const answer: Answer = {
      kind: 'offices',
      place: gbg,
      agency: 'migrationsverket',
      matches: [mjolby(WEDNESDAY_11)],
      bookingTowns: ['Göteborg'],
      at: WEDNESDAY_11,
      more: false,
    };
    const { text, spoken } = uk(answer);
    expect(text).toContain('Найближчі до Гетеборга (Göteborg) сервісні офіси');
    expect(text).toContain('У Гетеборзі (Göteborg) спершу потрібно записатися');
    expect(spoken).toContain('до Гетеборга');
    expect(spoken).not.toContain('Göteborg)');
  });

  it('keeps indeclinable names as they are, and puts others behind a noun', () => {
    const at = (place: PlaceLabel) =>
      uk({
        kind: 'offices',
        place,
        matches: [],
        bookingTowns: ['x'],
        agency: 'migrationsverket',
        at: WEDNESDAY_11,
        more: false,
      }).text;
    expect(at(PLACES[2] as PlaceLabel)).toContain('до Умео (Umeå)');
    expect(at(PLACES[3] as PlaceLabel)).toContain('до міста Jokkmokk');
    expect(at(PLACES[4] as PlaceLabel)).toContain('до району Kista');
  });

  it('keeps the person’s own Cyrillic spelling when it is not ours', () => {
    const place: PlaceLabel = {
      name: 'Göteborg',
      municipality: 'Göteborg',
      kind: 'locality',
      written: 'Гьотеборг',
    };
    const { text } = uk({
      kind: 'offices',
      place,
      matches: [mjolby(WEDNESDAY_11)],
      bookingTowns: [],
      at: WEDNESDAY_11,
      more: false,
    });
    expect(text).toContain('до міста Гьотеборг (Göteborg)');
  });
});

describe('English names', () => {
  it('puts "the" before a body in a sentence and leaves it off a button', () => {
    const agency = renderer.render(
      { kind: 'agency', agency: 'migrationsverket', offerOffice: false },
      { lang: 'en', channelId: 'test' },
    );
    expect(agency.text).toContain(
      'The Swedish Migration Agency (Migrationsverket) deals with this.',
    );
    const choose = renderer.render(
      { kind: 'chooseAgency', options: ['migrationsverket', 'skatteverket'] },
      { lang: 'en', channelId: 'test' },
    );
    expect(choose.suggestedActions?.actions.map((a) => a.title)).toEqual([
      'Swedish Migration Agency',
      'Swedish Tax Agency',
    ]);
  });

  it('says Gothenburg and names Statens servicecenter in English', () => {
    const { text } = says(
      {
        kind: 'offices',
        place: PLACES[0] as PlaceLabel,
        matches: [mjolby(WEDNESDAY_11)],
        bookingTowns: [],
        at: WEDNESDAY_11,
        more: false,
      },
      'en',
    );
    expect(text).toContain('The nearest service offices to Gothenburg');
    expect(says({ kind: 'contact' }, 'en').text).toContain(
      'the National Government Service Centre (Statens servicecenter)',
    );
  });
});

describe('Swedish names', () => {
  it('says the region runs health care, not a body called 1177', () => {
    const { text } = says({ kind: 'agency', agency: 'region', offerOffice: false }, 'sv');
    expect(text).toMatch(/^Vården sköts av regionen\./u);
  });
});
