/** `npm run offices -- --near 57.72,12.01 [--agency id] [--at ISO] [--limit N] | --find NAME`: a table for support staff. */
import { isAgencyId } from '../src/agencies/agencyIds';
import {
  OFFICES_FILE,
  OfficeDirectory,
  toStockholm,
  type OfficeMatch,
  type ResolvedDay,
} from '../src/offices';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function dayText(d: ResolvedDay): string {
  const h = d.hours;
  const why =
    d.holidayName !== null ? ` (${d.holidayName})` : d.reason === 'exception' ? ' (exception)' : '';
  if (h === null) return `unknown${why}`;
  if (h.kind === 'closed') return `closed${why}`;
  if (h.kind === 'openTimesUnknown') return `open, times unknown${why}`;
  return h.intervals.map((i) => `${i.opens}-${i.closes}`).join(', ') + why;
}

function local(at: Date | null): string {
  if (at === null) return '';
  const t = toStockholm(at);
  return `${t.weekday} ${t.date} ${String(Math.floor(t.minutes / 60)).padStart(2, '0')}:${String(t.minutes % 60).padStart(2, '0')}`;
}

function row(m: OfficeMatch): Record<string, string> {
  return {
    id: m.office.id,
    km: m.distanceKm.toFixed(1),
    status:
      m.status +
      (m.closingOn !== null
        ? ` until ${m.closingOn}`
        : m.announcedClosing !== null
          ? ` (${m.announcedClosing})`
          : ''),
    'open now': m.openNow === null ? 'unknown' : m.openNow ? 'yes' : 'no',
    today: dayText(m.today),
    'closes/next':
      m.closesAt !== null
        ? `closes ${m.closesAt.clock}`
        : m.nextOpening !== null
          ? `opens ${local(m.nextOpening.at) || m.nextOpening.date}`
          : '',
    where: `${m.office.position.place} (${m.precision})`,
    confirmed: `${m.confirmed ?? 'never'}${m.stale ? ' STALE' : ''}`,
    far: m.far ? 'FAR' : '',
  };
}

function table(rows: Record<string, string>[]): void {
  const first = rows[0];
  if (first === undefined) {
    console.log('(no office)');
    return;
  }
  const cols = Object.keys(first);
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => c.padEnd(width[i] ?? 0))
      .join('  ')
      .trimEnd();
  console.log(line(cols));
  console.log(line(width.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(cols.map((c) => r[c] ?? '')));
}

function main(): void {
  const directory = OfficeDirectory.fromFile(OFFICES_FILE);
  const atArg = arg('--at');
  const at = atArg !== undefined ? new Date(atArg) : new Date();
  if (Number.isNaN(at.getTime())) throw new Error(`--at "${atArg ?? ''}" is not an ISO date-time`);
  const agencyArg = arg('--agency');
  if (agencyArg !== undefined && !isAgencyId(agencyArg))
    throw new Error(`--agency "${agencyArg}" is not an agency id`);
  const agency = agencyArg !== undefined && isAgencyId(agencyArg) ? agencyArg : undefined;
  const limit = Number(arg('--limit') ?? 5);
  console.log(
    `at ${local(at)} Europe/Stockholm${agency !== undefined ? `, agency ${agency}` : ''}`,
  );

  const find = arg('--find');
  if (find !== undefined) {
    const result = directory.lookup(find, {
      at,
      limit,
      ...(agency !== undefined ? { agency } : {}),
    });
    table(
      result.matches.map((m) => ({
        id: m.office.id,
        name: m.office.name,
        matched: m.matchedOn,
        status: m.state.status,
        'last day': m.state.lastDay ?? '',
      })),
    );
    if (result.alternatives.length > 0) {
      console.log('\ninstead:');
      table(result.alternatives.map(row));
    }
    for (const f of result.townFacts)
      console.log(`town fact: ${f.town}: ${f.kind} (${f.agency}) ${f.sources[0] ?? ''}`);
    return;
  }
  const near = arg('--near');
  const [lat, lon] = (near ?? '').split(',').map(Number);
  if (
    near === undefined ||
    lat === undefined ||
    lon === undefined ||
    !Number.isFinite(lat) ||
    !Number.isFinite(lon)
  ) {
    console.error(
      'usage: npm run offices -- --near LAT,LON [--agency id] [--at ISO] [--limit N] | --find NAME',
    );
    process.exit(2);
  }
  const matches = directory.nearest(
    { lat, lon },
    { at, limit, ...(agency !== undefined ? { agency } : {}) },
  );
  table(matches.map(row));
  if (matches[0]?.far ?? true) {
    console.log(
      `\nnearest open office is over ${directory.farThresholdKm} km away: phone ${directory.remoteHelp.sscPhone}, ${directory.remoteHelp.officeFinderUrl}`,
    );
  }
  for (const { fact, distanceKm } of directory.townFactsNear(
    { lat, lon },
    { at, ...(agency !== undefined ? { agency } : {}) },
  )) {
    console.log(
      `town fact: ${fact.town} (${distanceKm.toFixed(1)} km): ${fact.kind}, ${fact.agency}; the booking names the office`,
    );
  }
}

main();
