/** `npm run data:offices -- <file.csv> [--gazetteer DIR] [--out FILE] [--dry-run]`: rebuild offices.json. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { projectRoot } from '../src/paths';
import { parseCsv } from '../src/csv';
import {
  OfficeDataBuilder,
  parseSupplement,
  type Gazetteer,
  type GazetteerPoint,
} from '../src/offices/build/officeDataBuilder';
import { diffOfficeData } from '../src/offices/build/officeDiff';
import { OFFICES_FILE, parseOfficeData, type OfficeData } from '../src/offices';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function readCsv(path: string): Record<string, string>[] {
  return parseCsv(readFileSync(path, 'utf8')).map((r) => r.fields);
}

function point(
  r: Record<string, string>,
  name: string,
  municipality: string,
  source: string,
): GazetteerPoint {
  const pop = Number(r.population);
  return {
    name,
    municipality,
    lat: Number(r.lat),
    lon: Number(r.lon),
    source,
    population:
      r.population !== undefined && r.population !== '' && Number.isFinite(pop) ? pop : null,
  };
}

function loadGazetteer(dir: string): Gazetteer {
  return {
    officeDistricts: readCsv(join(projectRoot, 'data/places/office-districts.csv')).map((r) =>
      point(r, r.name!, r.municipality!, r.source!),
    ),
    districts: readCsv(join(dir, 'districts.csv')).map((r) =>
      point(r, r.name!, r.city!, r.source!),
    ),
    localities: readCsv(join(dir, 'localities.csv')).map((r) => ({
      ...point(r, r.name!, r.municipality!, `${r.source!}/${r.coord_source!}`),
      kind: r.kind!,
    })),
    municipalities: readCsv(join(dir, 'municipalities.csv')).map((r) => ({
      ...point(r, r.name!, r.name!, r.coord_source!),
      seat: r.seat!,
    })),
  };
}

function main(): void {
  const csvPath = process.argv
    .slice(2)
    .find((a, i, all) => !a.startsWith('--') && !(all[i - 1] ?? '').startsWith('--'));
  if (csvPath === undefined) {
    console.error(
      'usage: npm run data:offices -- <file.csv> [--gazetteer DIR] [--out FILE] [--dry-run]',
    );
    process.exit(2);
  }
  const gazetteerDir = resolve(
    arg('--gazetteer') ?? join(projectRoot, '..', 'shared', 'data', 'places'),
  );
  const out = resolve(arg('--out') ?? OFFICES_FILE);
  const supplement = parseSupplement(
    JSON.parse(readFileSync(join(projectRoot, 'data/offices/supplement.json'), 'utf8')) as unknown,
  );
  const builder = new OfficeDataBuilder(loadGazetteer(gazetteerDir), supplement);
  const built = arg('--built') ?? new Date().toISOString().slice(0, 10);
  const { data, notes } = builder.build(readCsv(resolve(csvPath)), built);

  let before: OfficeData | null = null;
  if (existsSync(out)) {
    try {
      before = parseOfficeData(JSON.parse(readFileSync(out, 'utf8')) as unknown, out);
    } catch (e) {
      console.warn(`previous ${out} is not valid, listing every office as added:\n${String(e)}`);
    }
  }
  const changes = diffOfficeData(before, data);
  console.log(`${data.offices.length} offices from ${csvPath}`);
  for (const n of notes) console.log(`  note: ${n}`);
  if (changes.length === 0) console.log('no changes');
  for (const c of changes) console.log(`  ${c.kind.padEnd(8)} ${c.id.padEnd(20)} ${c.detail}`);
  if (process.argv.includes('--dry-run')) return;
  writeFileSync(out, `${JSON.stringify(data, null, 2)}\n`);
  console.log(`wrote ${out}`);
}

main();
