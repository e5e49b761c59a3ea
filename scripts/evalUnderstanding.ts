/** npm run eval:understanding — scores the understanding on the dev set: per language, per body, confusions. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS } from '../src/languages';
import { projectRoot } from '../src/paths';
import { crossValidate } from '../src/understanding/crossValidation';
import {
  evaluate,
  parseDevSet,
  type DevReport,
  type Tally,
} from '../src/understanding/devSetEvaluator';
import { loadLanguageResources } from '../src/understanding/languageResources';
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

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const resources = loadLanguageResources();
  const cases = parseDevSet(
    readFileSync(join(projectRoot, 'test/unit/understanding/devset.tsv'), 'utf8'),
  );
  const understanding = new Understanding(resources);
  const report = evaluate(cases, (text, lang) => understanding.interpret(text, lang));
  // Speed: whole passes over the dev set for about a second, after the scoring pass above warmed up.
  let calls = 0;
  const started = performance.now();
  while (performance.now() - started < 1000) {
    for (const c of cases) understanding.interpret(c.text, c.lang);
    calls += cases.length;
  }
  const perSecond = (1000 * calls) / (performance.now() - started);

  const byLang = LANGS.map((l) => `${l} ${understanding.trainingMsByLang[l].toFixed(0)}`);
  console.log(
    `Training: ${understanding.trainingMs.toFixed(0)} ms for three languages (${byLang.join(', ')} ms). Dev set: ${cases.length} lines.`,
  );
  console.log(
    `Interpretations: ${perSecond.toFixed(0)} per second (repeated passes over the dev set).\n`,
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
  const held = evaluate(heldOut, (text, lang) => understanding.interpret(text, lang));
  console.log('\nHeld-out set (scored only, never read or tuned on):\n');
  languageTable(held);
  console.log(
    `Held-out emergency lines missed: ${held.missedEmergencies.length}; out-of-scope lines given a body: ${held.outOfScopeWithAgency.length}`,
  );

  if (process.argv.includes('--cv')) {
    console.log(
      '\nFive-fold cross-validation on the training text (new wordings of known matters):\n',
    );
    console.log('| language | sentences | top-1 | top-3 |');
    console.log('|---|---|---|---|');
    const tallies = crossValidate(resources, 5);
    for (const lang of LANGS) {
      const t = tallies[lang];
      console.log(`| ${lang} | ${t.n} | ${pct(t.top1, t.n)} | ${pct(t.top3, t.n)} |`);
    }
  }
}

main();
