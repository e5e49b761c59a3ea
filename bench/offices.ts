/** Benchmark of the office directory on the real dataset: nearest-office queries per second. */
import type { GeoPoint } from '../src/geo';
import { OFFICES_FILE, OfficeDirectory, distanceKm } from '../src/offices';
import type { BenchRow, BenchSuite } from './types';

/** A small deterministic PRNG so every run queries the same points. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function points(n: number): GeoPoint[] {
  const rnd = mulberry32(42);
  return Array.from({ length: n }, () => ({ lat: 55.4 + rnd() * 12.5, lon: 11.2 + rnd() * 12.5 }));
}

/** Runs `fn` over the points for about `ms` milliseconds and returns calls per second. */
function opsPerSecond(pts: readonly GeoPoint[], fn: (p: GeoPoint) => unknown, ms = 1500): number {
  for (let i = 0; i < 200; i++) fn(pts[i % pts.length]!);
  let calls = 0;
  const start = process.hrtime.bigint();
  const end = start + BigInt(ms) * 1_000_000n;
  let now = start;
  while (now < end) {
    for (let i = 0; i < 100; i++) fn(pts[(calls + i) % pts.length]!);
    calls += 100;
    now = process.hrtime.bigint();
  }
  return Math.round(calls / (Number(now - start) / 1e9));
}

export const run: BenchSuite = async () => {
  const dir = OfficeDirectory.fromFile(OFFICES_FILE);
  const at = new Date('2026-11-25T11:00:00+01:00');
  const pts = points(1000);
  const offices = dir.offices;
  const rows: BenchRow[] = [];
  const scan = opsPerSecond(pts, (p) =>
    offices
      .map((o) => distanceKm(p, o.position))
      .sort((a, b) => a - b)
      .slice(0, 3),
  );
  rows.push({
    name: 'offices: nearest(point, { at, limit: 3 })',
    value: opsPerSecond(pts, (p) => dir.nearest(p, { at, limit: 3 })),
    unit: 'ops/s',
    baseline: scan,
    note: `${offices.length} offices, linear scan; baseline = bare haversine scan + sort (the part an index could speed up)`,
  });
  rows.push({
    name: 'offices: nearest(point, { agency: migrationsverket })',
    value: opsPerSecond(pts, (p) => dir.nearest(p, { at, agency: 'migrationsverket', limit: 3 })),
    unit: 'ops/s',
  });
  rows.push({
    name: 'offices: lookup("Arvika") with alternatives',
    value: opsPerSecond(pts, () => dir.lookup('Arvika', { at })),
    unit: 'ops/s',
  });
  return Promise.resolve(rows);
};

if (require.main === module) {
  run()
    .then((rows) => {
      console.table(rows);
    })
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
}
