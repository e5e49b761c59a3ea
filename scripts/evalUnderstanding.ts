/**
 * npm run eval:understanding — scores the understanding: the dev set (per language, per body,
 * confusions), the held-out set, and every blind set in test/unit/understanding/blind-NAME/ (one
 * table per folder, per language and per style). `--verbose` lists misses, `--cv` adds
 * cross-validation by paraphrase group on the training text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS } from '../src/languages';
import { projectRoot } from '../src/paths';
import { crossValidate } from '../src/understanding/crossValidation';
import {
  evaluate,
  parseBlindSet,
  parseDevSet,
  type DevResult,
  type DevReport,
  type Tally,
} from '../src/understanding/devSetEvaluator';
import { loadLanguageResources } from '../src/understanding/languageResources';
import { MatterCatalogue } from '../src/understanding/matterCatalogue';
import { Understanding } from '../src/understanding/understanding';

const pct = (k: number, n: number): string => (n === 0 ? '–' : `${((100 * k) / n).toFixed(1)} %`);

function languageTable(report: DevReport): void {
  console.log('| language | lines | top-1 | top-3 | wrong body given |');
  console.log('|---|---|---|---|---|');
  const all: Tally = { n: 0, top1: 0, top3: 0, wrongAgency: 0 };
  for (const lang of LANGS) {
    const t = report.byLang[lang];
    all.n += t.n;
    all.top1 += t.top1;
    all.top3 += t.top3;
    all.wrongAgency += t.wrongAgency;
    console.log(
      `| ${lang} | ${t.n} | ${pct(t.top1, t.n)} | ${pct(t.top3, t.n)} | ${t.wrongAgency} |`,
    );
  }
  console.log(
    `| all | ${all.n} | ${pct(all.top1, all.n)} | ${pct(all.top3, all.n)} | ${all.wrongAgency} |`,
  );
}

/** One row of a blind-set table. */
function blindRow(name: string, results: readonly DevResult[]): string {
  const n = results.length;
  const count = (f: (r: DevResult) => boolean): number => results.filter(f).length;
  const emergencies = count((r) => r.case.label === 'emergency');
  const missed = count((r) => r.case.label === 'emergency' && r.got.intent !== 'emergency');
  const false112 = count((r) => r.case.label !== 'emergency' && r.got.intent === 'emergency');
  const asked = count((r) => r.got.close !== undefined);
  return `| ${name} | ${n} | ${pct(
    count((r) => r.top1),
    n,
  )} | ${pct(
    count((r) => r.top3),
    n,
  )} | ${pct(
    count((r) => r.wrongAgency),
    n,
  )} | ${asked} | ${missed} of ${emergencies} | ${false112} |`;
}

/**
 * Every folder test/unit/understanding/blind-NAME/ holding {sv,en,uk}.tsv in the blind format: a table
 * per folder with a row per language, per language and style, and per style.
 */
function blindTables(understanding: Understanding, verbose: boolean): void {
  const root = join(projectRoot, 'test/unit/understanding');
  const folders = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name.startsWith('blind-'))
    .map((d) => d.name)
    .sort();
  for (const folder of folders) {
    const files = readdirSync(join(root, folder)).filter((f) => f.endsWith('.tsv'));
    const cases = files.flatMap((f) =>
      parseBlindSet(readFileSync(join(root, folder, f), 'utf8'), `${folder}/${f}`),
    );
    const { results } = evaluate(cases, (text, lang) => understanding.classify(text, lang));
    console.log(`\nBlind set ${folder} (${cases.length} lines, scored only):\n`);
    console.log(
      '| language / style | lines | top-1 | right body offered | wrong body | asked with two | emergencies missed | false 112 |',
    );
    console.log('|---|---|---|---|---|---|---|---|');
    const styles = [...new Set(cases.map((c) => c.style ?? ''))].sort();
    for (const lang of LANGS) {
      const ofLang = results.filter((r) => r.case.lang === lang);
      if (ofLang.length === 0) continue;
      console.log(blindRow(`**${lang}**`, ofLang));
      for (const style of styles) {
        const ofStyle = ofLang.filter((r) => r.case.style === style);
        if (ofStyle.length > 0) console.log(blindRow(`${lang} · ${style}`, ofStyle));
      }
    }
    for (const style of styles)
      console.log(
        blindRow(
          `all · ${style}`,
          results.filter((r) => r.case.style === style),
        ),
      );
    console.log(blindRow('**all**', results));
    if (verbose) {
      console.log('\nMisses (expected → got):');
      for (const r of results.filter((x) => !x.top1))
        console.log(
          `  [${r.case.lang}/${r.case.style}] ${r.case.label} → ${r.gotLabel}: ${r.case.text}`,
        );
    }
  }
}

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const resources = loadLanguageResources();
  const cases = parseDevSet(
    readFileSync(join(projectRoot, 'test/unit/understanding/devset.tsv'), 'utf8'),
  );
  const catalogue = MatterCatalogue.load();
  // `--without-catalogue`: the classifier and word lists alone, to show what the catalogue adds.
  const understanding = new Understanding(
    resources,
    {},
    process.argv.includes('--without-catalogue') ? undefined : catalogue,
  );
  const report = evaluate(cases, (text, lang) => understanding.classify(text, lang));
  // Speed: whole passes over the dev set for about a second, after the scoring pass above warmed up.
  let calls = 0;
  const started = performance.now();
  while (performance.now() - started < 1000) {
    for (const c of cases) understanding.classify(c.text, c.lang);
    calls += cases.length;
  }
  const perSecond = (1000 * calls) / (performance.now() - started);

  const byLang = LANGS.map((l) => `${l} ${understanding.trainingMsByLang[l].toFixed(0)}`);
  console.log(
    `Training: ${understanding.trainingMs.toFixed(0)} ms for three languages (${byLang.join(', ')} ms). Dev set: ${cases.length} lines.`,
  );
  console.log(
    `Classifications: ${perSecond.toFixed(0)} per second (repeated passes over the dev set).\n`,
  );
  languageTable(report);

  console.log('\n| expected | lines | top-1 | top-3 |');
  console.log('|---|---|---|---|');
  for (const [label, t] of [...report.byLabel.entries()].sort()) {
    console.log(`| ${label} | ${t.n} | ${pct(t.top1, t.n)} | ${pct(t.top3, t.n)} |`);
  }
  console.log(`\nEmergency lines missed: ${report.missedEmergencies.length}`);
  for (const r of report.missedEmergencies) console.log(`  ${r.case.lang}: ${r.case.text}`);
  console.log(`Out-of-scope lines given a body: ${report.outOfScopeWithAgency.length}`);
  for (const r of report.outOfScopeWithAgency) console.log(`  ${r.case.lang}: ${r.case.text}`);
  console.log('\nConfusions (expected → got):');
  for (const [key, count] of [...report.confusions.entries()].sort((a, b) => b[1] - a[1])) {
    console.log(`  ${count} × ${key}`);
  }
  if (verbose) {
    console.log('\nMisses:');
    for (const r of report.results.filter((x) => !x.top1 || !x.top3)) {
      console.log(
        `  [${r.case.lang}] ${r.case.text}  — expected ${r.case.label}, got ${r.gotLabel} (${r.got.confidence.toFixed(2)})`,
      );
    }
  }

  // The held-out set is only ever scored: its lines are never printed, so nobody tunes on them.
  const heldOut = parseDevSet(
    readFileSync(join(projectRoot, 'test/unit/understanding/heldout.tsv'), 'utf8'),
  );
  const held = evaluate(heldOut, (text, lang) => understanding.classify(text, lang));
  console.log('\nHeld-out set (scored only, never read or tuned on):\n');
  languageTable(held);
  console.log(
    `Held-out emergency lines missed: ${held.missedEmergencies.length}; out-of-scope lines given a body: ${held.outOfScopeWithAgency.length}`,
  );

  blindTables(understanding, verbose);

  if (process.argv.includes('--cv')) {
    console.log(
      '\nFive-fold cross-validation on the training text by paraphrase group (near-copies are held out together):\n',
    );
    console.log('| language | sentences | top-1 | top-3 |');
    console.log('|---|---|---|---|');
    const tallies = crossValidate(resources, 5, {}, catalogue);
    for (const lang of LANGS) {
      const t = tallies[lang];
      console.log(`| ${lang} | ${t.n} | ${pct(t.top1, t.n)} | ${pct(t.top3, t.n)} |`);
    }
  }
}

main();
