/** Shared by the voice tests: a real Renderer, sample Answers of every kind, and an SSML checker. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Activity } from 'botbuilder';
import { AgencyCatalogue } from '../../../src/agencies/agencyCatalogue';
import { UkraineGuide } from '../../../src/agencies/ukraineGuide';
import { loadLanguageResources } from '../../../src/language/languageResources';
import { REPLY_LOCALE, type Lang } from '../../../src/languages';
import { OFFICES_FILE, OfficeDirectory, type OfficeMatch } from '../../../src/offices';
import { localesDir } from '../../../src/paths';
import type { Answer, AnswerKind } from '../../../src/render/answer';
import { createI18n } from '../../../src/render/i18n';
import { Renderer } from '../../../src/render/renderer';
import { SSML_NAMESPACE } from '../../../src/render/speech/ssmlBuilder';
import { SpeechRenderer } from '../../../src/render/speech/speechRenderer';
import { DEFAULT_VOICES } from '../../../src/render/speech/voiceSettings';

/** Text a person could have typed, which must never become markup. */
export const HOSTILE = '<script>&"';

export const languages = loadLanguageResources(localesDir);
export const catalogue = AgencyCatalogue.fromFile();
export const offices = OfficeDirectory.fromFile(OFFICES_FILE);
export const ukraine = UkraineGuide.fromFile();
export const i18n = createI18n(localesDir);

export function makeRenderer(voices = DEFAULT_VOICES): Renderer {
  return new Renderer(i18n, languages, catalogue, offices.remoteHelp, ukraine, voices);
}

/** An answer as a reply: its screen text, its spoken words on the telephone, and its SSML. */
export function replyOn(renderer: Renderer): {
  screen: (answer: Answer, lang: Lang) => string;
  phone: (answer: Answer, lang: Lang) => string;
  ssml: (answer: Answer, lang: Lang) => string;
} {
  const speech = new SpeechRenderer(i18n, languages, catalogue, offices.remoteHelp, ukraine);
  const silent = { text: '', expectsInput: false };
  return {
    screen: (answer, lang) => renderer.render(answer, { lang, channelId: 'test' }).text ?? '',
    phone: (answer, lang) =>
      speech.render(answer, { lang, channelId: 'telephony' }, silent).plainText,
    ssml: (answer, lang) =>
      renderer.render(answer, { lang, channelId: 'telephony', voice: true }).speak ?? '',
  };
}

/** Wednesday 25 November 2026, 11:00 in Stockholm. */
export const WEDNESDAY_11 = new Date('2026-11-25T10:00:00Z');
/** The same Wednesday at 17:00, after closing. */
export const WEDNESDAY_17 = new Date('2026-11-25T16:00:00Z');
/** Saturday 28 November 2026, 11:00. */
export const SATURDAY_11 = new Date('2026-11-28T10:00:00Z');

/** Mjölby: the office with known hours (10–16 on weekdays) and a street address. */
export function mjolby(at: Date): OfficeMatch {
  const match = offices
    .nearest({ lat: 58.32595, lon: 15.12365 }, { at, limit: 1 })
    .find((m) => m.office.id === 'mjolby');
  if (match === undefined) throw new Error('Mjölby is not in data/offices.json');
  return match;
}

/** Gamlestaden: hours not known, a district position with a street address. */
export function gamlestaden(at: Date): OfficeMatch {
  const match = offices.nearest({ lat: 57.72, lon: 12.01 }, { at, limit: 1 })[0];
  if (match === undefined) throw new Error('no office near Gamlestaden');
  return match;
}

/** A match whose office name is hostile text. */
export function hostileOffice(at: Date): OfficeMatch {
  const m = mjolby(at);
  return { ...m, office: { ...m.office, name: HOSTILE } };
}

/** One or more sample Answers of every kind, with hostile text wherever a person's words go. */
export function sampleAnswers(at: Date = WEDNESDAY_11): Record<AnswerKind, Answer[]> {
  const place = { name: HOSTILE, municipality: 'Göteborg' };
  const m = mjolby(at);
  return {
    welcome: [{ kind: 'welcome' }],
    help: [{ kind: 'help' }],
    languageChanged: [{ kind: 'languageChanged' }],
    startedOver: [{ kind: 'startedOver' }],
    tooLong: [{ kind: 'tooLong', maxLength: 2000 }],
    error: [{ kind: 'error' }],
    personalNumberWarning: [{ kind: 'personalNumberWarning' }],
    stateReset: [{ kind: 'stateReset' }],
    greeting: [{ kind: 'greeting' }],
    stillHere: [{ kind: 'stillHere' }, { kind: 'stillHere', askNeed: true }],
    thanks: [{ kind: 'thanks' }],
    goodbye: [{ kind: 'goodbye' }],
    emergency: [{ kind: 'emergency' }],
    agency: [
      { kind: 'agency', agency: 'forsakringskassan', offerOffice: true },
      { kind: 'agency', agency: 'migrationsverket', offerOffice: false },
      { kind: 'agency', agency: 'polisen', offerOffice: false },
      { kind: 'agency', agency: 'kommun', offerOffice: false },
    ],
    passport: [
      { kind: 'passport', ukrainian: true },
      { kind: 'passport', ukrainian: false },
    ],
    chooseAgency: [{ kind: 'chooseAgency', options: ['skatteverket', 'csn', 'polisen'] }],
    whichAgency: [
      { kind: 'whichAgency', options: ['skatteverket', 'csn'] },
      { kind: 'whichAgency', options: ['forsakringskassan', 'kommun'], placeKept: true },
    ],
    rephrase: [{ kind: 'rephrase' }],
    askPlace: [
      { kind: 'askPlace', retry: false, suggestions: [] },
      { kind: 'askPlace', retry: true, suggestions: [HOSTILE, 'Kista'] },
    ],
    choosePlace: [
      {
        kind: 'choosePlace',
        written: HOSTILE,
        candidates: [
          { name: HOSTILE, municipality: 'Göteborg' },
          { name: 'Kista', municipality: HOSTILE },
        ],
      },
    ],
    placeNotFound: [{ kind: 'placeNotFound' }],
    offices: [
      { kind: 'offices', place, matches: [hostileOffice(at)], bookingTowns: [], at, more: true },
      {
        kind: 'offices',
        place,
        agency: 'migrationsverket',
        matches: [gamlestaden(at)],
        bookingTowns: [HOSTILE],
        at,
        more: false,
      },
      { kind: 'offices', place, matches: [m], bookingTowns: [], at, continued: true, more: false },
      { kind: 'offices', place, matches: [], bookingTowns: [], at, more: false },
    ],
    officeStatus: [
      // Closed, closing in a year, closing undated, open: as the data has them.
      ...(['arvika', 'brandbergen', 'eslov', 'mjolby'] as const).map((id) => {
        const office = offices.byId(id)!;
        return {
          kind: 'officeStatus' as const,
          place,
          asked: [{ office: { ...office, name: HOSTILE }, state: offices.stateAt(office, at) }],
          list: { kind: 'offices' as const, place, matches: [m], bookingTowns: [], at, more: true },
        };
      }),
      // Not in the list: where to check.
      {
        kind: 'officeStatus',
        place,
        asked: [],
        list: { kind: 'offices', place, matches: [], bookingTowns: [], at, more: false },
      },
    ],
    noMoreOffices: [{ kind: 'noMoreOffices' }],
    officeDetail: [{ kind: 'officeDetail', match: m, week: offices.weekHours(m.office, at) }],
    officeHours: [
      {
        kind: 'officeHours',
        date: '2026-11-28',
        days: [
          {
            office: { ...m.office, name: HOSTILE },
            day: offices.hoursOn(m.office, '2026-11-28'),
            stale: true,
          },
          { office: m.office, day: offices.hoursOn(m.office, '2026-11-30'), stale: false },
        ],
      },
    ],
    locationDenied: [{ kind: 'locationDenied' }],
    reask: [
      { kind: 'reask', yesNo: true },
      { kind: 'reask', agencies: ['skatteverket', 'csn'] },
    ],
    ukraine: [
      { kind: 'ukraine', topic: 'menu' },
      { kind: 'ukraine', topic: 'protection' },
      { kind: 'ukraine', topic: 'inPerson' },
    ],
    contact: [{ kind: 'contact' }, { kind: 'contact', agency: 'migrationsverket' }],
    transferring: [{ kind: 'transferring' }, { kind: 'transferring', agency: 'skatteverket' }],
    transferFailed: [
      { kind: 'transferFailed' },
      { kind: 'transferFailed', agency: 'skatteverket' },
    ],
    outOfScope: [
      { kind: 'outOfScope', misses: 1 },
      { kind: 'outOfScope', misses: 2 },
    ],
    declined: [{ kind: 'declined' }],
  };
}

/** What an SSML document says, once it has been checked. */
export interface CheckedSsml {
  /** Every voice name, in order. */
  voices: string[];
  /** All text content, with entities decoded. */
  text: string;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  preserveOrder: true,
  parseTagValue: false,
  trimValues: false,
});

/** A node of fast-xml-parser's ordered output: `{ tag: children, ':@': attributes }` or `{ '#text': … }`. */
type OrderedNode = Record<string, unknown>;

function tagOf(node: OrderedNode): string | undefined {
  return Object.keys(node).find((k) => k !== ':@');
}

function childrenOf(node: OrderedNode): OrderedNode[] {
  const tag = tagOf(node);
  const children = tag === undefined ? undefined : node[tag];
  return Array.isArray(children) ? (children as OrderedNode[]) : [];
}

function attributesOf(node: OrderedNode): Record<string, string> {
  return (node[':@'] ?? {}) as Record<string, string>;
}

/** The words in document order; digit groups as written, separated by spaces. */
function textOf(nodes: readonly OrderedNode[]): string {
  return nodes
    .map((n) => (tagOf(n) === '#text' ? String(n['#text']) : ` ${textOf(childrenOf(n))} `))
    .join('');
}

/**
 * Checks `speak` as CONTRACT.md "Channels" asks: well-formed XML, a `speak` root of SSML 1.0 in
 * the reply's locale, the configured voice of that locale first and only configured voices, no
 * URL and no Markdown said aloud.
 */
export function checkSsml(ssml: unknown, lang: Lang, voices = DEFAULT_VOICES): CheckedSsml {
  expect(typeof ssml).toBe('string');
  const xml = ssml as string;
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = parser.parse(xml) as OrderedNode[];
  expect(doc.map(tagOf)).toEqual(['speak']);
  const speak = doc[0] ?? {};
  expect(attributesOf(speak)).toEqual({
    version: '1.0',
    xmlns: SSML_NAMESPACE,
    'xml:lang': REPLY_LOCALE[lang],
  });
  const voiceNodes = childrenOf(speak);
  expect(voiceNodes.map(tagOf).every((t) => t === 'voice')).toBe(true);
  const names = voiceNodes.map((v) => attributesOf(v).name ?? '');
  expect(names[0]).toBe(voices[lang]);
  for (const name of names) expect(Object.values(voices)).toContain(name);
  // Voices follow one another without a space before punctuation ("Mjölby" in Swedish, ", 2 km").
  const text = textOf(voiceNodes)
    .replace(/\s+/g, ' ')
    .replace(/ ([,.;:!?])/g, '$1')
    .trim();
  expect(text).not.toMatch(/https?:\/\/|www\./);
  expect(text).not.toMatch(/\*\*|\]\(|__/);
  expect(text.trim()).not.toBe('');
  return { voices: names, text };
}

/** The replies' speak, checked; fails when a reply has none. */
export function spokenReplies(replies: Partial<Activity>[], lang: Lang): CheckedSsml[] {
  expect(replies.length).toBeGreaterThan(0);
  return replies.map((r) => {
    expect(r.locale).toBe(REPLY_LOCALE[lang]);
    expect(['expectingInput', 'acceptingInput']).toContain(r.inputHint);
    return checkSsml(r.speak, lang);
  });
}
