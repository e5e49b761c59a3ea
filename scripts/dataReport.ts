/**
 * `npm run data:report [-- --at ISO]`: coverage and freshness of data/offices.json, and the likely
 * gaps in it (larger towns with no office of ours near), as Markdown tables.
 */
import { loadConfig } from '../src/config';
import { OFFICES_FILE, OfficeDirectory, toStockholm, type Office } from '../src/offices';

function table(head: string[], rows: (string | number)[][]): void {
  console.log(`| ${head.join(' | ')} |`);
  console.log(`| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`);
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  console.log('');
}

function count<T>(items: readonly T[], pred: (t: T) => boolean): number {
  return items.filter(pred).length;
}

function main(): void {
  const i = process.argv.indexOf('--at');
  const at = i >= 0 ? new Date(process.argv[i + 1] ?? '') : new Date();
  const { gapPopulation, gapKm } = loadConfig(process.env).offices;
  const dir = OfficeDirectory.fromFile(OFFICES_FILE, { gapPopulation, gapKm });
  const all = dir.offices;
  const today = toStockholm(at).date;
  console.log(`# Office data report (${all.length} rows, status at ${today})\n`);

  const statuses = ['open', 'closing', 'closed', 'planned', 'notYetOpen'] as const;
  table(
    ['status', 'in the file', `at ${today}`],
    statuses.map((s) => [
      s,
      count(all, (o) => o.status === s),
      count(all, (o) => dir.stateAt(o, at).status === s),
    ]),
  );

  const visitable = all.filter((o) => ['open', 'closing'].includes(dir.stateAt(o, at).status));
  const cov = (label: string, pred: (o: Office) => boolean): (string | number)[] => [
    label,
    count(visitable, pred),
    count(all, pred),
  ];
  table(
    ['field', `open or closing (${visitable.length})`, `all (${all.length})`],
    [
      cov('street address', (o) => o.address.street !== null),
      cov('street with house number', (o) => /\d/.test(o.address.street ?? '')),
      cov('postal code', (o) => o.address.postalCode !== null),
      cov('position: address', (o) => o.position.precision === 'address'),
      cov('position: district', (o) => o.position.precision === 'district'),
      cov('position: locality', (o) => o.position.precision === 'locality'),
      cov('position: municipality', (o) => o.position.precision === 'municipality'),
      cov('hours: any', (o) => o.hours !== null),
      cov(
        'hours: open days known',
        (o) => o.hours !== null && Object.values(o.hours.weekly).some((d) => d !== null),
      ),
      cov(
        'hours: clock times known',
        (o) => o.hours !== null && Object.values(o.hours.weekly).some((d) => d?.kind === 'open'),
      ),
      cov('serves Migrationsverket', (o) => o.agencies.includes('migrationsverket')),
      cov('opening date known', (o) => o.opened !== null),
    ],
  );

  const stale = visitable.filter((o) => dir.isStale(o, at));
  console.log(
    `Stale (confirmed over 24 months ago, or undated): ${stale.length} of ${visitable.length} open or closing offices; undated: ${count(visitable, (o) => o.confirmed === null)}.\n`,
  );
  const oldest = [...visitable]
    .sort(
      (a, b) =>
        (a.confirmed ?? '0000').localeCompare(b.confirmed ?? '0000') || a.id.localeCompare(b.id),
    )
    .slice(0, 12);
  table(
    ['oldest confirmations', 'confirmed', 'status'],
    oldest.map((o) => [o.id, o.confirmed ?? 'undated', dir.stateAt(o, at).status]),
  );
  const facts = dir.allTownFacts;
  table(
    ['town-level fact', 'towns'],
    [...new Set(facts.map((f) => f.kind))].map((k) => [
      k,
      facts
        .filter((f) => f.kind === k)
        .map((f) => f.town)
        .join(', '),
    ]),
  );
  const gaps = dir.likelyGaps(at);
  console.log(
    `Likely gaps: ${gaps.length} towns of ${gapPopulation} people or more (or county seats) with no open office of ours within ${gapKm} km. The answer there says first that the list may lack an office.\n`,
  );
  table(
    ['likely gap', 'municipality', 'people', 'county seat', 'nearest office of ours (km)'],
    gaps.map((g) => [
      g.town.name,
      g.town.municipality,
      g.town.population ?? 'unknown',
      g.town.countySeat ? 'yes' : '',
      Math.round(g.nearestOfficeKm),
    ]),
  );
}

main();
