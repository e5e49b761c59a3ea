/** npm run eval:understanding — scores the understanding on the dev set: per language, per body, confusions. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS } from '../src/languages';
import { projectRoot } from '../src/paths';
import { evaluate, parseDevSet, type Tally } from '../src/understanding/devSetEvaluator';
import { Understanding } from '../src/understanding/understanding';

const pct = (k: number, n: number): string => (n === 0 ? '–' : `${((100 * k) / n).toFixed(1)} %`);

function main(): void {
  const cases = parseDevSet(
    readFileSync(join(projectRoot, 'test/unit/understanding/devset.tsv'), 'utf8'),
  );
  const understanding = Understanding.fromLocales();
  const started = performance.now();
  const report = evaluate(cases, (text, lang) => understanding.interpret(text, lang));
  const perSecond = (1000 * cases.length) / (performance.now() - started);

  console.log(
    `Training: ${understanding.trainingMs.toFixed(0)} ms (three languages). Dev set: ${cases.length} lines.`,
  );
  console.log(`Interpretations: ${perSecond.toFixed(0)} per second (one pass over the dev set).\n`);
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
    `| all | ${all.n} | ${pct(all.top1, all.n)} | ${pct(all.top3, all.n)} | ${all.wrongAgency} |\n`,
  );

  console.log('| expected | lines | top-1 | top-3 |');
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
  const heldOut = parseDevSet(
    readFileSync(join(projectRoot, 'test/unit/understanding/heldout.tsv'), 'utf8'),
  );
  const held = evaluate(heldOut, (text, lang) => understanding.interpret(text, lang));
  console.log('\nHeld-out set (never used for tuning):\n');
  console.log('| language | lines | top-1 | top-3 | wrong body given |');
  console.log('|---|---|---|---|---|');
  for (const lang of LANGS) {
    const t = held.byLang[lang];
    console.log(
      `| ${lang} | ${t.n} | ${pct(t.top1, t.n)} | ${pct(t.top3, t.n)} | ${t.wrongAgency} |`,
    );
  }
  console.log(
    `Held-out emergency lines missed: ${held.missedEmergencies.length}; out-of-scope lines given a body: ${held.outOfScopeWithAgency.length}`,
  );
  if (process.argv.includes('--verbose')) {
    for (const r of held.results.filter((x) => !x.top1)) {
      console.log(
        `  held-out miss [${r.case.lang}] ${r.case.text}  — expected ${r.case.label}, got ${r.gotLabel}`,
      );
    }
  }
  if (process.argv.includes('--verbose')) {
    console.log('\nMisses:');
    for (const r of report.results.filter((x) => !x.top1)) {
      console.log(
        `  [${r.case.lang}] ${r.case.text}  — expected ${r.case.label}, got ${r.gotLabel} (${r.got.confidence.toFixed(2)})`,
      );
    }
  }
}

main();
