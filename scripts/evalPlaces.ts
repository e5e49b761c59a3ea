/**
 * Prints the places accuracy per language and per style, and every miss: the dev set, then the
 * blind set. Each query is read as the bot reads an answer to "where are you?": through the
 * interpretation (which leaves out a name the person gives, "jag heter Tuve"), with the offices
 * as the network, as the composition root wires it.
 */
import { basename } from 'node:path';
import { CommandMatcher } from '../src/language/commandMatcher';
import { FollowUpReader } from '../src/language/followUpReader';
import { loadLanguageResources } from '../src/language/languageResources';
import { LANGS } from '../src/languages';
import { OFFICES_FILE, OfficeDirectory } from '../src/offices';
import { loadGazetteer, PlaceResolver, type Gazetteer, type PlaceResolution } from '../src/places';
import { loadPlaceResources } from '../src/places/loadPlaces';
import { localesDir } from '../src/paths';
import { Interpreter } from '../src/understanding/interpreter';
import { Understanding } from '../src/understanding/understanding';
import {
  blindSetFiles,
  describeResolution,
  isCorrect,
  readDevSet,
  type DevCase,
} from '../test/unit/places/devSet';

function pct(ok: number, n: number): string {
  return n === 0 ? '-' : `${((100 * ok) / n).toFixed(1)} % (${ok}/${n})`;
}

/** One table per set: a row per style, a column per language, then the misses. */
function report(
  title: string,
  read: (c: DevCase) => PlaceResolution,
  gazetteer: Gazetteer,
  cases: readonly DevCase[],
): void {
  const cells = new Map<string, { ok: number; n: number }>();
  const misses: string[] = [];
  let falsePlaces = 0;
  for (const c of cases) {
    const r = read(c);
    const ok = isCorrect(c, r, gazetteer);
    if (c.expect === 'none' && r.status !== 'notFound') falsePlaces++;
    for (const key of [`${c.lang}|${c.style}`, `${c.lang}|*`, `*|${c.style}`, '*|*']) {
      const cell = cells.get(key) ?? { ok: 0, n: 0 };
      cell.n++;
      if (ok) cell.ok++;
      cells.set(key, cell);
    }
    if (!ok)
      misses.push(
        `  [${c.lang}/${c.style}] "${c.query}" → ${describeResolution(r)}; expected ${c.expect} ${c.name} ${c.municipality}`,
      );
  }
  const styles = [...new Set(cases.map((c) => c.style))];
  const cell = (key: string): string => {
    const v = cells.get(key);
    return v ? pct(v.ok, v.n) : '-';
  };
  console.log(`\n## ${title}\n`);
  console.log(`| style | ${LANGS.join(' | ')} | all |`);
  console.log(`|---|${LANGS.map(() => '---').join('|')}|---|`);
  for (const s of styles)
    console.log(
      `| ${s} | ${LANGS.map((l) => cell(`${l}|${s}`)).join(' | ')} | ${cell(`*|${s}`)} |`,
    );
  console.log(`| **all** | ${LANGS.map((l) => cell(`${l}|*`)).join(' | ')} | ${cell('*|*')} |`);
  if (cases.some((c) => c.expect === 'none'))
    console.log(`\nfalse places on matter sentences: ${falsePlaces}`);
  if (misses.length > 0) console.log(`\nmisses:\n${misses.join('\n')}`);
}

function main(): void {
  // The offices' points as the network, as the composition root wires the bot.
  const offices = OfficeDirectory.fromFile(OFFICES_FILE);
  const gazetteer = loadGazetteer();
  const resolver = new PlaceResolver(
    gazetteer,
    loadPlaceResources(),
    offices.offices.map((o) => o.position),
  );
  const languages = loadLanguageResources(localesDir);
  const interpreter = new Interpreter(
    Understanding.fromLocales(),
    resolver,
    new CommandMatcher(languages),
    new FollowUpReader(languages),
    languages,
  );
  const today = new Date().toISOString().slice(0, 10);
  const read = (c: DevCase): PlaceResolution =>
    interpreter.interpret({ text: c.query, lang: c.lang, today }, { asked: 'place' }).place
      ?.resolution ?? { status: 'notFound', reason: 'noPlace', suggestions: [] };
  report('dev set (devset.tsv)', read, gazetteer, readDevSet());
  for (const file of blindSetFiles())
    report(
      `blind set: districts and suburbs (${basename(file)}, evaluation only)`,
      read,
      gazetteer,
      readDevSet(file),
    );
}

main();
