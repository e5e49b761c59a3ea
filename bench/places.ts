/** Benchmark of the places module: load time, gazetteer memory, resolutions per second and p99. */
import { performance } from 'node:perf_hooks';
import { loadPlaceResolver } from '../src/places';
import { readDevSet } from '../test/unit/places/devSet';
import type { BenchRow, BenchSuite } from './types';

const ROUNDS = 20;

function heapMb(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

export const run: BenchSuite = () => {
  const before = heapMb();
  const t0 = performance.now();
  const resolver = loadPlaceResolver();
  const loadMs = performance.now() - t0;
  const memory = heapMb() - before;
  const cases = readDevSet();
  // Warm up (the English number recognizer builds its models on first use).
  for (const c of cases) resolver.resolve(c.query, c.lang);
  const times: number[] = [];
  const start = performance.now();
  for (let r = 0; r < ROUNDS; r++) {
    for (const c of cases) {
      const s = performance.now();
      resolver.resolve(c.query, c.lang);
      times.push(performance.now() - s);
    }
  }
  const total = (performance.now() - start) / 1000;
  times.sort((a, b) => a - b);
  const p99 = times[Math.floor(times.length * 0.99)] ?? 0;
  const rows: BenchRow[] = [
    {
      name: 'places: resolve() mixed dev-set queries',
      value: Math.round(times.length / total),
      unit: 'ops/s',
      note: `${cases.length} queries × ${ROUNDS}, sv/en/uk`,
    },
    { name: 'places: resolve() p99', value: Math.round(p99 * 1000) / 1000, unit: 'ms' },
    { name: 'places: load gazetteer + resources', value: Math.round(loadMs), unit: 'ms' },
    {
      name: 'places: heap of loaded gazetteer',
      value: Math.round(memory * 10) / 10,
      unit: 'MB',
      note: 'heapUsed delta; run node --expose-gc for a stable figure',
    },
  ];
  return Promise.resolve(rows);
};
