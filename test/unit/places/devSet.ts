/** Reads the places dev set (devset.tsv) and scores a resolution against one of its rows. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLang, type Lang } from '../../../src/languages';
import { projectRoot } from '../../../src/paths';
import type { Gazetteer, PlaceResolution } from '../../../src/places';

/** One dev-set query with what the resolver should make of it. */
export interface DevCase {
  lang: Lang;
  style: string;
  query: string;
  expect: 'found' | 'ambiguous' | 'none';
  name: string;
  municipality: string;
}

/** The dev set file, next to this module (found from the project root, so dist/ runs find it too). */
export const DEV_SET_FILE = join(projectRoot, 'test', 'unit', 'places', 'devset.tsv');

/**
 * The blind sets of district and suburb answers (blind-districts*.tsv), each written apart from
 * the gazetteer work by someone who saw neither code nor data: only evaluated
 * (`npm run eval:places`), never used to add places.
 */
export const blindSetFiles = (): string[] =>
  readdirSync(join(projectRoot, 'test', 'unit', 'places'))
    .filter((f) => f.startsWith('blind-districts') && f.endsWith('.tsv'))
    .sort()
    .map((f) => join(projectRoot, 'test', 'unit', 'places', f));

/** Parses the dev set; a malformed row throws with its line. */
export function readDevSet(file: string = DEV_SET_FILE): DevCase[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const cases: DevCase[] = [];
  lines.forEach((line, idx) => {
    if (line.trim() === '' || line.startsWith('#') || line.startsWith('lang\t')) return;
    const [lang, style, query, expect, name = '', municipality = ''] = line.split('\t');
    if (
      !isLang(lang) ||
      !style ||
      !query ||
      (expect !== 'found' && expect !== 'ambiguous' && expect !== 'none')
    ) {
      throw new Error(`${file}:${idx + 1}: malformed row`);
    }
    cases.push({ lang, style, query, expect, name, municipality });
  });
  return cases;
}

/**
 * True when the resolution is what the row expects: name and municipality for `found`; for
 * `ambiguous`, the likeliest place of a shared name with the others offered beside it. With the
 * gazetteer, a place the data knows by the expected name counts as that name: "Frölunda" is the
 * short form of Västra Frölunda, one place, not a miss.
 */
export function isCorrect(c: DevCase, r: PlaceResolution, gazetteer?: Gazetteer): boolean {
  if (c.expect === 'none') return r.status === 'notFound';
  if (r.status !== 'found' || r.match.municipality !== c.municipality) return false;
  const { name, municipality } = r.match;
  const sameName =
    name === c.name ||
    (gazetteer?.entries.some(
      (e) =>
        e.name === name &&
        e.municipality.name === municipality &&
        e.kind !== 'municipality' &&
        gazetteer.isKnownAs(e, c.name),
    ) ??
      false);
  if (!sameName) return false;
  return c.expect === 'found' || (r.match.others ?? []).length > 0;
}

/** A short description of a resolution for failure lists. */
export function describeResolution(r: PlaceResolution): string {
  if (r.status === 'found') {
    const { kind, name, municipality, confidence, others = [] } = r.match;
    const also = others.map((c) => `${c.name}/${c.municipality}`).join(', ');
    return `found ${kind} ${name} (${municipality}) ${confidence}${also ? `; also ${also}` : ''}`;
  }
  const suggestions = r.suggestions.map((c) => `${c.name}/${c.municipality}`).join(', ');
  return `notFound ${r.reason}${suggestions ? ` (${suggestions})` : ''}`;
}
