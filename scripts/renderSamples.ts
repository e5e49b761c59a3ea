/**
 * `npx tsx scripts/renderSamples.ts <dir>`: writes <dir>/{sv,en,uk}.txt, every reply the bot can
 * build (each Answer kind, every body, sample places and office facts) as text and as speech, and
 * ten sample conversations per language, for a native-language review of the wording.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AgencyCatalogue } from '../src/agencies/agencyCatalogue';
import { AGENCY_IDS } from '../src/agencies/agencyIds';
import { UkraineGuide, UKRAINE_GUIDE_TOPICS } from '../src/agencies/ukraineGuide';
import { loadLanguageResources } from '../src/language/languageResources';
import { LANGS, type Lang } from '../src/languages';
import { nearestOffices } from '../dialogs/findOfficeDialog';
import { OFFICES_FILE, OfficeDirectory, type OfficeMatch } from '../src/offices';
import { OfficeListService } from '../src/offices/officeList';
import { localesDir } from '../src/paths';
import type { Answer, PlaceLabel } from '../src/render/answer';
import { createI18n } from '../src/render/i18n';
import { Renderer } from '../src/render/renderer';
import { SpeechRenderer } from '../src/render/speech/speechRenderer';

const offices = OfficeDirectory.fromFile(OFFICES_FILE);
const i18n = createI18n(localesDir);
const languages = loadLanguageResources(localesDir);
const catalogue = AgencyCatalogue.fromFile();
const ukraine = UkraineGuide.fromFile();
const renderer = new Renderer(i18n, languages, catalogue, offices.remoteHelp, ukraine);
const speech = new SpeechRenderer(i18n, languages, catalogue, offices.remoteHelp, ukraine);

/** Thursday 3 December 2026, 11:00 and 17:00 in Stockholm. */
const MORNING = new Date('2026-12-03T10:00:00Z');
const EVENING = new Date('2026-12-03T16:00:00Z');

const PLACES: PlaceLabel[] = [
  { name: 'Göteborg', municipality: 'Göteborg', kind: 'municipality' },
  { name: 'Umeå', municipality: 'Umeå', kind: 'locality' },
  { name: 'Jokkmokk', municipality: 'Jokkmokk', kind: 'locality' },
  { name: 'Kista', municipality: 'Stockholm', kind: 'district' },
  { name: 'Göteborg', municipality: 'Göteborg', kind: 'locality', written: 'Ґетеборг' },
  // A likely gap in our list: a county seat with no office of ours near.
  { name: 'Gävle', municipality: 'Gävle', kind: 'locality' },
];

/**
 * The offices for a body as the bot shows them (the dialog's own choice of list): for
 * Migrationsverket the booking first and the nearest offices in general, never the flagged subset.
 * The booking page is the same in every language, so one answer serves the three.
 */
function shown(
  place: PlaceLabel,
  lat: number,
  lon: number,
  at: Date,
  agency?: 'migrationsverket',
): Answer {
  const services = { catalogue, officeList: new OfficeListService(offices) };
  const query = { place, point: { lat, lon }, lang: 'en' as const, at, size: 2 };
  return nearestOffices(services, { ...query, ...(agency === undefined ? {} : { agency }) }).answer;
}

function near(lat: number, lon: number, at: Date, agency?: 'forsakringskassan'): OfficeMatch[] {
  return offices.nearest(
    { lat, lon },
    { at, limit: 2, ...(agency === undefined ? {} : { agency }) },
  );
}

function samples(): [string, Answer][] {
  const list: [string, Answer][] = [];
  const simple = [
    'welcome',
    'help',
    'languageChanged',
    'startedOver',
    'error',
    'personalNumberWarning',
    'greeting',
    'thanks',
    'goodbye',
    'emergency',
    'placeNotFound',
    'noMoreOffices',
    'locationDenied',
    'declined',
  ] as const;
  for (const kind of simple) list.push([kind, { kind }]);
  list.push(['tooLong', { kind: 'tooLong', maxLength: 2000 }]);
  for (const agency of AGENCY_IDS) {
    list.push([`agency ${agency}, with offer`, { kind: 'agency', agency, offerOffice: true }]);
    list.push([`agency ${agency}, no offer`, { kind: 'agency', agency, offerOffice: false }]);
    list.push([`contact ${agency}`, { kind: 'contact', agency }]);
    list.push([`transferring ${agency}`, { kind: 'transferring', agency }]);
  }
  list.push(['contact (Statens servicecenter)', { kind: 'contact' }]);
  list.push(['transferring (Statens servicecenter)', { kind: 'transferring' }]);
  list.push(['transferFailed skatteverket', { kind: 'transferFailed', agency: 'skatteverket' }]);
  list.push([
    'chooseAgency',
    { kind: 'chooseAgency', options: ['skatteverket', 'csn', 'polisen'] },
  ]);
  list.push(['askPlace', { kind: 'askPlace', retry: false, suggestions: [] }]);
  list.push(['askPlace retry', { kind: 'askPlace', retry: true, suggestions: [] }]);
  list.push([
    'askPlace retry, suggestions',
    { kind: 'askPlace', retry: true, suggestions: ['Växjö', 'Väja', 'Vätö'] },
  ]);
  list.push([
    'choosePlace',
    {
      kind: 'choosePlace',
      written: 'Husby',
      candidates: [
        { name: 'Husby', municipality: 'Stockholm' },
        { name: 'Husby', municipality: 'Hedemora' },
      ],
    },
  ]);
  list.push(['reask yes/no', { kind: 'reask', yesNo: true }]);
  list.push(['reask agencies', { kind: 'reask', agencies: ['skatteverket', 'csn'] }]);
  list.push(['outOfScope 1', { kind: 'outOfScope', misses: 1 }]);
  list.push(['outOfScope 2', { kind: 'outOfScope', misses: 2 }]);
  // A matter none of our bodies handles, where the data names who does.
  for (const elsewhere of ['else.company', 'else.court', 'else.customs'])
    list.push([`outOfScope ${elsewhere}`, { kind: 'outOfScope', misses: 1, elsewhere }]);
  const points: Record<string, [number, number]> = {
    Göteborg: [57.7089, 11.9746],
    Umeå: [63.8258, 20.263],
    Jokkmokk: [66.6066, 19.8229],
    Kista: [59.4032, 17.9447],
    Gävle: [60.67452, 17.14174],
  };
  for (const place of PLACES) {
    const [lat, lon] = points[place.name] ?? [59.33, 18.06];
    for (const [when, at] of [
      ['morning', MORNING],
      ['evening', EVENING],
    ] as const) {
      list.push([
        `offices near ${place.written ?? place.name} (${when})`,
        shown(place, lat, lon, at),
      ]);
    }
    list.push([
      `offices near ${place.written ?? place.name}, Migrationsverket`,
      shown(place, lat, lon, MORNING, 'migrationsverket'),
    ]);
    list.push([
      `offices near ${place.written ?? place.name}, Försäkringskassan, more`,
      {
        kind: 'offices',
        place,
        agency: 'forsakringskassan',
        matches: near(lat, lon, MORNING, 'forsakringskassan'),
        bookingTowns: [],
        at: MORNING,
        continued: true,
        more: false,
      },
    ]);
  }
  list.push([
    'offices none',
    {
      kind: 'offices',
      place: PLACES[2] ?? { name: 'Jokkmokk', municipality: 'Jokkmokk' },
      matches: [],
      bookingTowns: [],
      at: MORNING,
      more: false,
    },
  ]);
  const stale = offices.offices.filter((o) => o.hours !== null).slice(0, 3);
  for (const o of stale) {
    // The office and its nearest neighbour, as a list shown to a person would have them.
    const [m, other] = offices.nearest(o.position, { at: MORNING, limit: 2 });
    if (m === undefined) continue;
    list.push([
      `officeDetail ${m.office.name}`,
      { kind: 'officeDetail', match: m, week: offices.weekHours(m.office, MORNING) },
    ]);
    list.push([
      `officeHours ${m.office.name}${other === undefined ? '' : ` and ${other.office.name}`}`,
      {
        kind: 'officeHours',
        date: '2026-12-05',
        days: [m, ...(other === undefined ? [] : [other])].map((x) => ({
          office: x.office,
          day: offices.hoursOn(x.office, '2026-12-05'),
          stale: x.stale,
        })),
      },
    ]);
  }
  list.push(['ukraine menu', { kind: 'ukraine', topic: 'menu' }]);
  for (const topic of UKRAINE_GUIDE_TOPICS)
    list.push([`ukraine ${topic}`, { kind: 'ukraine', topic }]);
  return list;
}

function say(answer: Answer, lang: Lang): { text: string; spoken: string } {
  const text = renderer.render(answer, { lang, channelId: 'test' }).text ?? '';
  // What the phone says, a stretch in another voice marked ⟨sv: …⟩.
  const screen = { text, expectsInput: false };
  const { builder } = speech.speech(onePerCall(answer), { lang, channelId: 'telephony' }, screen);
  const spoken = builder
    .voiceRuns()
    .map((run) => (run.lang === lang ? run.text : `⟨${run.lang}: ${run.text}⟩`))
    .join(' ')
    // A stop or comma after a span is said in the sentence's voice, right after the name.
    .replace(/⟩ (?=[.,;:!?])/gu, '⟩');
  return { text, spoken };
}

/**
 * The phone gives one office a reply (findOfficeDialog's page size on a voice channel), the
 * rest on "next": an office list is said as a caller hears it.
 */
function onePerCall(answer: Answer): Answer {
  if (answer.kind === 'offices' && answer.matches.length > 1) {
    return { ...answer, matches: answer.matches.slice(0, 1), more: true };
  }
  if (answer.kind === 'officeStatus')
    return { ...answer, list: onePerCall(answer.list) as typeof answer.list };
  return answer;
}

/** Ten conversations: what the person says, then the Answers the bot gives. */
function conversations(lang: Lang): [string, [string, Answer[]][]][] {
  const gbg = PLACES[0] as PlaceLabel;
  const kista = PLACES[3] as PlaceLabel;
  const jokk = PLACES[2] as PlaceLabel;
  const words = {
    sv: [
      'föräldrapenning',
      'ja',
      'Göteborg',
      'pass',
      'tillfälligt skydd',
      'Kista',
      'nej',
      'hej då',
      'skatt',
      'Jokkmokk',
      'det första',
      'fler',
      'prata med en person',
      'jag har skulder',
      'öppet på lördag?',
      'Jag kommer från Ukraina, var finns närmaste kontor i Kista?',
    ],
    en: [
      'parental benefit',
      'yes',
      'Gothenburg',
      'passport',
      'temporary protection',
      'Kista',
      'no',
      'bye',
      'tax',
      'Jokkmokk',
      'the first one',
      'more',
      'talk to a person',
      'I have debts',
      'open on Saturday?',
      'I am from Ukraine, where is the nearest office in Kista?',
    ],
    uk: [
      'декретні виплати',
      'так',
      'Гетеборг',
      'паспорт',
      'тимчасовий захист',
      'Кіста',
      'ні',
      'до побачення',
      'податки',
      'Йокмокк',
      'перший',
      'ще',
      'поговорити з людиною',
      'у мене борги',
      'чи відкрито в суботу?',
      'Я з України, де найближчий офіс у Кісті?',
    ],
  }[lang];
  const w = (i: number) => words[i] ?? '';
  const gm = near(57.7089, 11.9746, MORNING, 'forsakringskassan');
  const first = gm[0];
  const jokkmokk = near(66.6066, 19.8229, EVENING);
  const jokkFirst = jokkmokk[0];
  return [
    [
      'Parental benefit, step by step',
      [
        ['(call starts)', [{ kind: 'welcome' }]],
        [w(0), [{ kind: 'agency', agency: 'forsakringskassan', offerOffice: true }]],
        [w(1), [{ kind: 'askPlace', retry: false, suggestions: [] }]],
        [
          w(2),
          [
            {
              kind: 'offices',
              place: gbg,
              agency: 'forsakringskassan',
              matches: gm,
              bookingTowns: [],
              at: MORNING,
              more: true,
            },
          ],
        ],
      ],
    ],
    [
      'Passport',
      [
        [w(3), [{ kind: 'agency', agency: 'polisen', offerOffice: false }]],
        [w(7), [{ kind: 'goodbye' }]],
      ],
    ],
    [
      'Temporary protection',
      [
        [w(4), [{ kind: 'ukraine', topic: 'protection' }]],
        [w(12), [{ kind: 'contact', agency: 'migrationsverket' }]],
      ],
    ],
    [
      'Offices in Kista, Migrationsverket',
      [
        // Help in person with the place given: the office list, led by the booking, is the one
        // reply (mainDialog answerUkraine).
        [w(15), [shown(kista, 59.4032, 17.9447, MORNING, 'migrationsverket')]],
      ],
    ],
    [
      'Declined offer',
      [
        [w(8), [{ kind: 'agency', agency: 'skatteverket', offerOffice: true }]],
        [w(6), [{ kind: 'declined' }]],
      ],
    ],
    [
      'Far away',
      [
        [
          w(9),
          [
            {
              kind: 'offices',
              place: jokk,
              matches: jokkmokk,
              bookingTowns: [],
              at: EVENING,
              more: true,
            },
          ],
        ],
        [
          w(10),
          jokkFirst === undefined
            ? []
            : [
                {
                  kind: 'officeDetail',
                  match: jokkFirst,
                  week: offices.weekHours(jokkFirst.office, EVENING),
                },
              ],
        ],
      ],
    ],
    [
      'More offices',
      [
        [
          w(2),
          [
            {
              kind: 'offices',
              place: gbg,
              matches: gm.slice(0, 1),
              bookingTowns: [],
              at: MORNING,
              more: true,
            },
          ],
        ],
        [
          w(11),
          [
            {
              kind: 'offices',
              place: gbg,
              matches: gm.slice(1),
              bookingTowns: [],
              at: MORNING,
              continued: true,
              more: false,
            },
          ],
        ],
        [w(11), [{ kind: 'noMoreOffices' }]],
      ],
    ],
    [
      'Opening hours on Saturday',
      [
        [
          w(14),
          first === undefined
            ? []
            : [
                {
                  kind: 'officeHours',
                  date: '2026-12-05',
                  days: [
                    {
                      office: first.office,
                      day: offices.hoursOn(first.office, '2026-12-05'),
                      stale: first.stale,
                    },
                  ],
                },
              ],
        ],
      ],
    ],
    [
      'Transfer that fails',
      [
        [w(13), [{ kind: 'agency', agency: 'kronofogden', offerOffice: false }]],
        [
          w(12),
          [
            { kind: 'transferring', agency: 'kronofogden' },
            { kind: 'transferFailed', agency: 'kronofogden' },
          ],
        ],
      ],
    ],
    [
      'Not understood',
      [
        ['blablabla', [{ kind: 'outOfScope', misses: 1 }]],
        ['???', [{ kind: 'outOfScope', misses: 2 }]],
        [w(7), [{ kind: 'goodbye' }]],
      ],
    ],
  ];
}

const dir = process.argv[2] ?? 'review';
mkdirSync(dir, { recursive: true });
for (const lang of LANGS) {
  const out: string[] = [
    `# Rendered replies (${lang}): every reply kind with sample values, then ten conversations`,
    '',
  ];
  out.push('## Part 1: every reply', '');
  for (const [label, answer] of samples()) {
    const { text, spoken } = say(answer, lang);
    out.push(`### ${label}`, '[screen]', text, '[phone]', spoken, '');
  }
  out.push('## Part 2: ten conversations', '');
  conversations(lang).forEach(([title, turns], i) => {
    out.push(`### Conversation ${String(i + 1)}: ${title}`);
    for (const [user, answers] of turns) {
      out.push(`USER: ${user}`);
      for (const a of answers) {
        const { text, spoken } = say(a, lang);
        out.push(`BOT (screen): ${text.replace(/\n/g, '\n    ')}`, `BOT (phone): ${spoken}`);
      }
    }
    out.push('');
  });
  writeFileSync(join(dir, `${lang}.txt`), `${out.join('\n')}\n`);
}
console.log(`wrote ${dir}/{sv,en,uk}.txt`);
