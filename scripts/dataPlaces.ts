/** Rebuilds data/places/gazetteer.json from ../shared/data/places, our district additions and district names. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/paths';
import { parseCsv } from '../src/csv';
import { distanceKm as haversineKm } from '../src/geo';
import { parseDistrictAdditions } from '../src/places/districtAdditions';
import { DISTRICT_ADDITION_FILES } from '../src/places/loadPlaces';
import { nameKey } from '../src/text/folding';
import type { CompactKind, GazetteerData } from '../src/places/types';

const sharedDir = join(projectRoot, '..', 'shared', 'data', 'places');
const outDir = join(projectRoot, 'data', 'places');
/** Other names people use for our places (Ukrainian spellings, short forms): name, municipality, lang, alias. */
const NAMES_FILE = 'district-names.csv';
/** Two rows with one name in one municipality closer than this are one place. */
const SAME_PLACE_KM = 3;

function read(file: string): ReturnType<typeof parseCsv> {
  return parseCsv(readFileSync(join(sharedDir, file), 'utf8'));
}

function num(value: string, file: string, line: number, field: string): number {
  const n = Number(value);
  if (value === '' || !Number.isFinite(n))
    throw new Error(`${file}:${line}: bad ${field} "${value}"`);
  return n;
}

const round5 = (n: number): number => Math.round(n * 1e5) / 1e5;

interface Place {
  name: string;
  kind: CompactKind;
  muni: number;
  lat: number;
  lon: number;
  pop: number;
  aliases: Set<string>;
  /** The point is our own estimate (districts-estimated.csv). */
  estimated?: boolean;
}

function main(): void {
  const municipalities: GazetteerData['municipalities'] = [];
  const muniByCode = new Map<string, number>();
  const muniByKey = new Map<string, number>();
  for (const { line, fields: f } of read('municipalities.csv')) {
    const code = f.code ?? '';
    if (!/^\d{4}$/u.test(code)) throw new Error(`municipalities.csv:${line}: bad code "${code}"`);
    muniByCode.set(code, municipalities.length);
    muniByKey.set(nameKey(f.name ?? ''), municipalities.length);
    municipalities.push([
      code,
      f.name ?? '',
      f.county ?? '',
      round5(num(f.lat ?? '', 'municipalities.csv', line, 'lat')),
      round5(num(f.lon ?? '', 'municipalities.csv', line, 'lon')),
    ]);
  }
  const muniOf = (code: string, file: string, line: number): number => {
    const idx = muniByCode.get(code);
    if (idx === undefined) throw new Error(`${file}:${line}: unknown municipality code "${code}"`);
    return idx;
  };

  const places: Place[] = [];
  const byKey = new Map<string, Place[]>();
  const add = (p: Place): Place => {
    const key = nameKey(p.name);
    const same = (byKey.get(key) ?? []).find(
      (q) => q.muni === p.muni && haversineKm(q, p) < SAME_PLACE_KM,
    );
    if (same) {
      if (same.pop === 0 && p.pop > 0) same.pop = p.pop;
      return same;
    }
    places.push(p);
    byKey.set(key, [...(byKey.get(key) ?? []), p]);
    return p;
  };

  for (const { line, fields: f } of read('localities.csv')) {
    add({
      name: f.name ?? '',
      kind: f.kind === 'stadsdel' ? 'd' : 'l',
      muni: muniOf(f.municipality_code ?? '', 'localities.csv', line),
      lat: round5(num(f.lat ?? '', 'localities.csv', line, 'lat')),
      lon: round5(num(f.lon ?? '', 'localities.csv', line, 'lon')),
      pop: f.population ? num(f.population, 'localities.csv', line, 'population') : 0,
      aliases: new Set(),
    });
  }
  for (const { line, fields: f } of read('districts.csv')) {
    add({
      name: f.name ?? '',
      kind: 'd',
      muni: muniOf(f.municipality_code ?? '', 'districts.csv', line),
      lat: round5(num(f.lat ?? '', 'districts.csv', line, 'lat')),
      lon: round5(num(f.lon ?? '', 'districts.csv', line, 'lon')),
      pop: 0,
      aliases: new Set(),
    });
  }
  let additions = 0;
  for (const file of DISTRICT_ADDITION_FILES) {
    const path = join(outDir, file);
    if (!existsSync(path)) continue;
    for (const row of parseDistrictAdditions(readFileSync(path, 'utf8'), file)) {
      const muni = /^\d{4}$/u.test(row.municipality)
        ? muniByCode.get(row.municipality)
        : muniByKey.get(nameKey(row.municipality));
      if (muni === undefined)
        throw new Error(`${file}: unknown municipality "${row.municipality}"`);
      const key = nameKey(row.name);
      const existing = (byKey.get(key) ?? []).find((q) => q.muni === muni);
      if (existing && row.precision === 'estimate') continue;
      if (existing) {
        // A curated district point is finer than a tätort or postal-town point of the same name.
        existing.lat = round5(row.lat);
        existing.lon = round5(row.lon);
        existing.kind = 'd';
      } else {
        add({
          name: row.name,
          kind: 'd',
          muni,
          lat: round5(row.lat),
          lon: round5(row.lon),
          pop: 0,
          aliases: new Set(),
          estimated: row.precision === 'estimate',
        });
      }
      additions++;
    }
  }
  // Municipalities are places too, unless their seat carries the same name in the same municipality.
  municipalities.forEach(([, name, , lat, lon], idx) => {
    const key = nameKey(name);
    if ((byKey.get(key) ?? []).some((q) => q.muni === idx)) return;
    places.push({ name, kind: 'm', muni: idx, lat, lon, pop: 0, aliases: new Set() });
    byKey.set(key, [...(byKey.get(key) ?? []), places[places.length - 1]!]);
  });
  // Union tätort names ("Björlanda och Torslanda") also answer to each part not known on its own.
  for (const p of [...places]) {
    if (p.kind !== 'l' || !/,| och /u.test(p.name)) continue;
    for (const part of p.name.split(/,\s*| och /u).map((s) => s.trim())) {
      if (part.length < 3) continue;
      if ((byKey.get(nameKey(part)) ?? []).some((q) => q.muni === p.muni)) continue;
      p.aliases.add(part);
    }
  }
  for (const { line, fields: f } of parseCsv(readFileSync(join(outDir, NAMES_FILE), 'utf8'))) {
    const muni = muniByKey.get(nameKey(f.municipality ?? ''));
    const target = (byKey.get(nameKey(f.name ?? '')) ?? []).find((q) => q.muni === muni);
    if (!target || !f.alias)
      throw new Error(
        `${NAMES_FILE}:${line}: no place "${f.name ?? ''}" in "${f.municipality ?? ''}"`,
      );
    target.aliases.add(f.alias);
  }
  for (const { fields: f } of read('exonyms.csv')) {
    const targets = byKey.get(nameKey(f.swedish_name ?? '')) ?? [];
    const best = [...targets].sort((a, b) => b.pop - a.pop)[0];
    if (!best) throw new Error(`exonyms.csv: no place named "${f.swedish_name ?? ''}"`);
    best.aliases.add(f.name ?? '');
  }

  const towns = new Map<
    string,
    { name: string; muni: number; lat: number; lon: number; codes: string[] }
  >();
  for (const { line, fields: f } of read('postal_codes.csv')) {
    const code = f.postal_code ?? '';
    if (!/^\d{5}$/u.test(code)) throw new Error(`postal_codes.csv:${line}: bad code "${code}"`);
    const name = f.place_alt || (f.place ?? '');
    const muni = muniOf(f.municipality_code ?? '', 'postal_codes.csv', line);
    const lat = round5(num(f.lat ?? '', 'postal_codes.csv', line, 'lat'));
    const lon = round5(num(f.lon ?? '', 'postal_codes.csv', line, 'lon'));
    const id = `${name}|${muni}|${lat}|${lon}`;
    const town = towns.get(id) ?? { name, muni, lat, lon, codes: [] };
    town.codes.push(code);
    towns.set(id, town);
  }

  const data: GazetteerData = {
    version: 1,
    municipalities,
    places: places.map((p) => [p.name, p.kind, p.muni, p.lat, p.lon, p.pop, [...p.aliases]]),
    postalTowns: [...towns.values()].map((t) => [
      t.name,
      t.muni,
      t.lat,
      t.lon,
      t.codes.sort().join(''),
    ]),
    estimated: places.flatMap((p, idx) => (p.estimated === true ? [idx] : [])),
  };
  const json = JSON.stringify(data);
  writeFileSync(join(outDir, 'gazetteer.json'), json + '\n');
  const count = (k: CompactKind): number => places.filter((p) => p.kind === k).length;
  console.log(
    `gazetteer.json: ${municipalities.length} municipalities, ${places.length} places ` +
      `(${count('l')} localities, ${count('d')} districts, ${count('m')} municipality-only), ` +
      `${towns.size} postal towns, ${additions} district additions, ${(json.length / 1024).toFixed(0)} KiB`,
  );
}

main();
