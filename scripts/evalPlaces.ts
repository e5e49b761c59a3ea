/** Prints the places accuracy per language and per style, and every miss: the dev set, then the blind set. */
import { LANGS } from '../src/languages';
import { OFFICES_FILE, OfficeDirectory } from '../src/offices';
import { loadPlaceResolver, type PlaceResolver } from '../src/places';
import {
  BLIND_SET_FILE,
  describeResolution,
  isCorrect,
  readDevSet,
  type DevCase,
} from '../test/unit/places/devSet';

function pct(ok: number, n: number): string {
  return n === 0 ? '-' : `${((100 * ok) / n).toFixed(1)} % (${ok}/${n})`;
}

/** One table per set: a row per style, a column per language, then the misses. */
function report(title: string, resolver: PlaceResolver, cases: readonly DevCase[]): void {
  const cells = new Map<string, { ok: number; n: number }>();
  const misses: string[] = [];
  let falsePlaces = 0;
  for (const c of cases) {
    const r = resolver.resolve(c.query, c.lang);
    const ok = isCorrect(c, r);
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
  const resolver = loadPlaceResolver(
    undefined,
    undefined,
    offices.offices.map((o) => o.position),
  );
  report('dev set (devset.tsv)', resolver, readDevSet());
  report(
    'blind set: districts and suburbs (blind-districts.tsv, evaluation only)',
    resolver,
    readDevSet(BLIND_SET_FILE),
  );
}

main();
