/** Scores an Understanding against a labelled dev set: accuracy per language and per body, and confusions. */
import { isAgencyId, type AgencyId } from '../agencies/agencyIds';
import { isLang, type Lang } from '../languages';
import { INTENTS, type Intent, type Classification } from './interpretation';

/** One labelled line of the dev set. */
export interface DevCase {
  lang: Lang;
  /** The line's expected label as written: an agency id, `emergency`, `outOfScope` or `intent:<name>[@agency][=lang]`. */
  label: string;
  text: string;
  expected:
    | { kind: 'matter'; agency: AgencyId }
    | { kind: 'intent'; intent: Intent; agency?: AgencyId; language?: Lang };
  line: number;
  /** How the line is written (blind sets only): e.g. "plain", "spoken", "latin", "misspelt". */
  style?: string;
}

/** Parses dev-set TSV (lang, expected, text; `#` starts a comment line), failing on the first bad line. */
export function parseDevSet(tsv: string): DevCase[] {
  const cases: DevCase[] = [];
  tsv.split('\n').forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const [lang, label, text, ...rest] = raw.split('\t');
    if (!isLang(lang) || label === undefined || !text || rest.length > 0) {
      throw new Error(`dev set line ${line}: expected "lang<TAB>label<TAB>text"`);
    }
    if (label === 'emergency' || label === 'outOfScope') {
      cases.push({
        lang,
        label,
        text,
        line,
        expected: {
          kind: 'intent',
          intent: label,
          ...(label === 'emergency' ? { agency: 'emergency' as const } : {}),
        },
      });
      return;
    }
    if (isAgencyId(label)) {
      cases.push({ lang, label, text, line, expected: { kind: 'matter', agency: label } });
      return;
    }
    const m = /^intent:([a-zA-Z]+)(?:@([a-z]+))?(?:=([a-z]{2}))?$/.exec(label);
    const intent = m?.[1];
    if (!m || !(INTENTS as readonly string[]).includes(intent ?? '')) {
      throw new Error(`dev set line ${line}: unknown label "${label}"`);
    }
    const expected: DevCase['expected'] = { kind: 'intent', intent: intent as Intent };
    if (m[2] !== undefined) {
      if (!isAgencyId(m[2])) throw new Error(`dev set line ${line}: unknown agency "${m[2]}"`);
      expected.agency = m[2];
    }
    if (m[3] !== undefined) {
      if (!isLang(m[3])) throw new Error(`dev set line ${line}: unknown language "${m[3]}"`);
      expected.language = m[3];
    }
    cases.push({ lang, label, text, line, expected });
  });
  return cases;
}

/**
 * Parses a blind set: `lang<TAB>style<TAB>expected<TAB>text` after one header line, where expected
 * is an agency id, `emergency` or `outOfScope`. Fails on the first bad line, naming the source.
 */
export function parseBlindSet(tsv: string, source: string): DevCase[] {
  const cases: DevCase[] = [];
  tsv.split('\n').forEach((raw, index) => {
    const line = index + 1;
    const row = raw.replace(/\r$/, '');
    if (index === 0 || row.trim() === '') return;
    const [lang, style, label, text, ...rest] = row.split('\t');
    const bad = (why: string): Error => new Error(`${source} line ${line}: ${why}`);
    if (!isLang(lang) || !style || label === undefined || !text || rest.length > 0)
      throw bad('expected "lang<TAB>style<TAB>expected<TAB>text"');
    if (label === 'emergency' || label === 'outOfScope') {
      const expected: DevCase['expected'] =
        label === 'emergency'
          ? { kind: 'intent', intent: 'emergency', agency: 'emergency' }
          : { kind: 'intent', intent: 'outOfScope' };
      cases.push({ lang, label, text, line, style, expected });
    } else if (isAgencyId(label)) {
      cases.push({ lang, label, text, line, style, expected: { kind: 'matter', agency: label } });
    } else {
      throw bad(`unknown expected "${label}"`);
    }
  });
  return cases;
}

/** The outcome of one line. */
export interface DevResult {
  case: DevCase;
  got: Classification;
  /** The first-ranked answer is right (the body given, or the first of the choices offered). */
  top1: boolean;
  /** The right body is among the three offered (for non-matters: same as top1). */
  top3: boolean;
  /** A body was given with confidence and it was the wrong one. */
  wrongAgency: boolean;
  /** A short form of what came back, e.g. "polisen", "intent:findOffice@skatteverket", "choice:csn". */
  gotLabel: string;
}

/** Totals for one group of lines. */
export interface Tally {
  n: number;
  top1: number;
  top3: number;
  wrongAgency: number;
}

/** What `evaluate` returns. */
export interface DevReport {
  results: DevResult[];
  byLang: Record<Lang, Tally>;
  byLabel: Map<string, Tally>;
  /** Emergency lines missed and out-of-scope lines given a body: both must be zero. */
  missedEmergencies: DevResult[];
  outOfScopeWithAgency: DevResult[];
  confusions: Map<string, number>;
}

function labelOf(got: Classification): string {
  if (got.intent === 'matter')
    return got.body ?? `choice:${got.alternatives.map((a) => a.agency).join('/')}`;
  if (got.intent === 'emergency') return 'emergency';
  if (got.intent === 'outOfScope') return 'outOfScope';
  return `intent:${got.intent}${got.body ? `@${got.body}` : ''}${got.language ? `=${got.language}` : ''}`;
}

/** Runs every case through `interpret` and scores it. */
export function evaluate(
  cases: readonly DevCase[],
  interpret: (text: string, lang: Lang) => Classification,
): DevReport {
  const empty = (): Tally => ({ n: 0, top1: 0, top3: 0, wrongAgency: 0 });
  const byLang: Record<Lang, Tally> = { sv: empty(), en: empty(), uk: empty() };
  const byLabel = new Map<string, Tally>();
  const confusions = new Map<string, number>();
  const results: DevResult[] = [];
  for (const c of cases) {
    const got = interpret(c.text, c.lang);
    let top1: boolean;
    let top3: boolean;
    let wrongAgency = false;
    const e = c.expected;
    if (e.kind === 'matter') {
      // An office or opening-hours question that names the right body also sends the person there.
      const office = (got.intent === 'findOffice' || got.intent === 'openingHours') && got.body;
      const first =
        got.intent === 'matter' ? (got.body ?? got.alternatives[0]?.agency) : office || undefined;
      top1 = first === e.agency;
      top3 =
        top1 ||
        (got.intent === 'matter' &&
          (got.body === e.agency ||
            got.alternatives.slice(0, 3).some((a) => a.agency === e.agency)));
      wrongAgency = got.body !== undefined && got.body !== e.agency;
    } else {
      top1 =
        got.intent === e.intent &&
        (e.agency === undefined || got.body === e.agency) &&
        (e.language === undefined || got.language === e.language) &&
        (e.intent !== 'outOfScope' || got.body === undefined);
      // Out of scope also means no bodies offered to choose from.
      if (e.intent === 'outOfScope' && got.intent === 'matter') top1 = false;
      top3 = top1;
      wrongAgency = got.body !== undefined && got.body !== e.agency;
    }
    const gotLabel = labelOf(got);
    const result: DevResult = { case: c, got, top1, top3, wrongAgency, gotLabel };
    results.push(result);
    for (const tally of [byLang[c.lang], byLabel.get(c.label) ?? empty()]) {
      tally.n += 1;
      if (top1) tally.top1 += 1;
      if (top3) tally.top3 += 1;
      if (wrongAgency) tally.wrongAgency += 1;
    }
    if (!byLabel.has(c.label))
      byLabel.set(c.label, {
        n: 1,
        top1: top1 ? 1 : 0,
        top3: top3 ? 1 : 0,
        wrongAgency: wrongAgency ? 1 : 0,
      });
    if (!top1) {
      const key = `${c.label} → ${gotLabel}`;
      confusions.set(key, (confusions.get(key) ?? 0) + 1);
    }
  }
  return {
    results,
    byLang,
    byLabel,
    missedEmergencies: results.filter(
      (r) => r.case.label === 'emergency' && r.got.intent !== 'emergency',
    ),
    outOfScopeWithAgency: results.filter(
      (r) => r.case.label === 'outOfScope' && r.got.body !== undefined,
    ),
    confusions,
  };
}
