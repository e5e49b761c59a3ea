/** Benchmark of understanding: training time, interpretations per second and dev-set accuracy. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS } from '../src/languages';
import { projectRoot } from '../src/paths';
import { evaluate, parseDevSet } from '../src/understanding/devSetEvaluator';
import { loadLanguageResources } from '../src/understanding/languageResources';
import { Understanding } from '../src/understanding/understanding';
import type { BenchRow, BenchSuite } from './types';

export const run: BenchSuite = () => {
  const resources = loadLanguageResources();
  const cases = parseDevSet(
    readFileSync(join(projectRoot, 'test/unit/understanding/devset.tsv'), 'utf8'),
  );

  const trainings: number[] = [];
  let understanding = new Understanding(resources);
  trainings.push(understanding.trainingMs);
  for (let i = 0; i < 4; i += 1) {
    understanding = new Understanding(resources);
    trainings.push(understanding.trainingMs);
  }
  const sorted = [...trainings].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;

  // Warm up, then time whole passes over the dev set for about two seconds.
  for (const c of cases) understanding.classify(c.text, c.lang);
  let calls = 0;
  const started = performance.now();
  while (performance.now() - started < 2000) {
    for (const c of cases) understanding.classify(c.text, c.lang);
    calls += cases.length;
  }
  const perSecond = (1000 * calls) / (performance.now() - started);

  const report = evaluate(cases, (text, lang) => understanding.classify(text, lang));
  const rows: BenchRow[] = [
    {
      name: 'understanding: training, first build (3 languages)',
      value: Math.round(trainings[0] ?? 0),
      unit: 'ms',
      note: 'cold, includes JIT warm-up',
    },
    { name: 'understanding: training, median of 5 builds', value: Math.round(median), unit: 'ms' },
    {
      name: 'understanding: interpret()',
      value: Math.round(perSecond),
      unit: 'ops/s',
      note: `${cases.length} dev-set lines, repeated`,
    },
  ];
  for (const lang of LANGS) {
    const t = report.byLang[lang];
    rows.push({
      name: `understanding: dev top-1 (${lang})`,
      value: Math.round((1000 * t.top1) / t.n) / 10,
      unit: '%',
      note: `${t.n} lines`,
    });
    rows.push({
      name: `understanding: dev top-3 (${lang})`,
      value: Math.round((1000 * t.top3) / t.n) / 10,
      unit: '%',
    });
  }
  rows.push({
    name: 'understanding: emergency lines missed',
    value: report.missedEmergencies.length,
    unit: 'lines',
  });
  return Promise.resolve(rows);
};
