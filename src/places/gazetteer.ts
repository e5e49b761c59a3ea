/** The loaded gazetteer: places, municipalities and postal towns with the indexes lookups need. */
import type { GeoPoint } from '../geo';
import { distanceKm as haversineKm } from '../geo';
import { foldName, isCyrillic, nameKey, romanizeName } from '../text/folding';
import { soundKeysOfName, joinedSoundKeys } from './soundKey';
import type { DistrictAddition, GazetteerData, PlaceCandidate } from './types';

/** One municipality (kommun). */
export interface Municipality {
  code: string;
  name: string;
  county: string;
  seat: GeoPoint;
}

/** One named place of the gazetteer. */
export interface PlaceEntry {
  id: number;
  name: string;
  kind: PlaceCandidate['kind'];
  municipality: Municipality;
  point: GeoPoint;
  population: number | null;
  /** True when the point is our own estimate, not a published one: it never names a shared location. */
  estimated: boolean;
}

/** A postal town and its point (the point of every code it holds). */
export interface PostalTown {
  name: string;
  municipality: Municipality;
  point: GeoPoint;
}

/** An index hit: the place and whether the key was its own name or an alias. */
export interface IndexHit {
  id: number;
  alias: boolean;
}

/** How far from a municipality's seat a town still makes its urban area. */
const AREA_KM = 30;

const KIND: Readonly<Record<string, PlaceCandidate['kind']>> = {
  d: 'district',
  l: 'locality',
  m: 'municipality',
};

/**
 * Holds the places and their indexes: Latin keys (names, Latin aliases, transliterated
 * Cyrillic aliases), Cyrillic keys, a one-edit deletion index for typos, and postal codes.
 * Built once at start from the compact file, plus district additions read at load time.
 */
export class Gazetteer {
  readonly municipalities: Municipality[];
  readonly entries: PlaceEntry[] = [];
  readonly postalTowns: PostalTown[];
  /** Folded Latin key → places. */
  readonly latin = new Map<string, IndexHit[]>();
  /** Folded Cyrillic key → places. */
  readonly cyrillic = new Map<string, IndexHit[]>();
  /** How a name sounds ({@link soundKeysOfName}) → places, for Ukrainian spellings of it. */
  readonly sounds = new Map<string, IndexHit[]>();
  /** How a name run together sounds ({@link joinedSoundKeys}) → places, for names heard apart. */
  readonly joinedSounds = new Map<string, IndexHit[]>();
  /** One-deletion variant → Latin keys, for edit distance 1. */
  readonly deletions = new Map<string, string[]>();
  /** Postal code → postal town index. */
  readonly postal = new Map<string, number>();
  /** First three digits → postal town indexes. */
  readonly postalPrefix = new Map<string, Set<number>>();
  /** The longest name, in tokens. */
  readonly maxTokens: number;
  /** Folded Cyrillic key → the alias as written in the data (its dictionary form, "Хісінген"). */
  private readonly spellings = new Map<string, string>();
  /** "name key|municipality code" of every postal town. */
  private readonly postalTownKeys = new Set<string>();
  /** Municipality code → the most people any of its places has: how big its town is. */
  private readonly largest = new Map<string, number>();
  private readonly areaSizes = new Map<string, number>();

  constructor(data: GazetteerData, additions: readonly DistrictAddition[] = []) {
    this.municipalities = data.municipalities.map(([code, name, county, lat, lon]) => ({
      code,
      name,
      county,
      seat: { lat, lon },
    }));
    const muniByKey = new Map(this.municipalities.map((m) => [nameKey(m.name), m]));
    const muniByCode = new Map(this.municipalities.map((m) => [m.code, m]));
    const estimated = new Set(data.estimated ?? []);
    data.places.forEach(([name, kind, mi, lat, lon, pop, aliases], idx) => {
      const municipality = this.municipalities[mi];
      if (!municipality) throw new Error(`gazetteer: place "${name}" has no municipality ${mi}`);
      const point = { lat, lon };
      const entry = {
        kind: KIND[kind] ?? 'locality',
        municipality,
        point,
        estimated: estimated.has(idx),
      };
      this.addEntry(name, entry, pop, aliases);
    });
    for (const a of additions) {
      const municipality = muniByCode.get(a.municipality) ?? muniByKey.get(nameKey(a.municipality));
      if (!municipality)
        throw new Error(`district "${a.name}": unknown municipality "${a.municipality}"`);
      const same = (this.latin.get(nameKey(a.name)) ?? [])
        .map((h) => this.entries[h.id])
        .find((e) => e?.municipality === municipality && !e.kind.startsWith('m'));
      if (same) continue;
      const point = { lat: a.lat, lon: a.lon };
      const estimate = a.precision === 'estimate';
      this.addEntry(a.name, { kind: 'district', municipality, point, estimated: estimate }, 0, []);
    }
    this.postalTowns = data.postalTowns.map(([name, mi, lat, lon, codes], idx) => {
      const municipality = this.municipalities[mi];
      if (!municipality) throw new Error(`gazetteer: postal town "${name}" has no municipality`);
      for (let i = 0; i + 5 <= codes.length; i += 5) {
        const code = codes.slice(i, i + 5);
        this.postal.set(code, idx);
        const prefix = code.slice(0, 3);
        const set = this.postalPrefix.get(prefix) ?? new Set<number>();
        set.add(idx);
        this.postalPrefix.set(prefix, set);
      }
      this.postalTownKeys.add(`${nameKey(name)}|${municipality.code}`);
      return { name, municipality, point: { lat, lon } };
    });
    let max = 1;
    for (const key of this.latin.keys()) {
      max = Math.max(max, key.split(' ').length);
      if (key.length >= 4) {
        for (const d of deletionsOf(key)) {
          const list = this.deletions.get(d);
          if (list) {
            if (!list.includes(key)) list.push(key);
          } else this.deletions.set(d, [key]);
        }
      }
    }
    this.maxTokens = max;
    for (const e of this.entries) {
      const code = e.municipality.code;
      this.largest.set(code, Math.max(this.largest.get(code) ?? 0, e.population ?? 0));
    }
  }

  /** The Cyrillic alias behind a folded key, as the data writes it (nominative, capitalised). */
  spellingOf(cyrillicKey: string): string | undefined {
    return this.spellings.get(cyrillicKey);
  }

  /**
   * True when the place is a postal town of its own municipality (Floda in Lerum): a place with
   * its own postal codes is a town of some size even where the data holds no population.
   */
  isPostalTown(name: string, municipalityCode: string): boolean {
    return this.postalTownKeys.has(`${nameKey(name)}|${municipalityCode}`);
  }

  /** The most people any place of the municipality has (its main town): 0 when none is known. */
  townSize(municipalityCode: string): number {
    return this.largest.get(municipalityCode) ?? 0;
  }

  /**
   * The most people a town within 30 km of the municipality's seat has: the urban area's size, so
   * a part of a town near Stockholm is likelier than one of a like name in a small town
   * (Kvarnholmen in Nacka, not Kalmar's).
   */
  areaSize(municipality: Municipality): number {
    let size = this.areaSizes.get(municipality.code);
    if (size === undefined) {
      size = 0;
      for (const m of this.municipalities)
        if (haversineKm(m.seat, municipality.seat) <= AREA_KM)
          size = Math.max(size, this.townSize(m.code));
      this.areaSizes.set(municipality.code, size);
    }
    return size;
  }

  /** True when `name` is one of the entry's names, its own or an alias ("Frölunda" for Västra Frölunda). */
  isKnownAs(entry: PlaceEntry, name: string): boolean {
    const key = foldName(name);
    const hits = isCyrillic(name) ? this.cyrillic.get(key) : this.latin.get(nameKey(name));
    return (hits ?? []).some((h) => h.id === entry.id);
  }

  /**
   * The place nearest to a point (districts and localities), with its distance in km. Estimated
   * points are left out: a shared location is named only by a published point.
   */
  nearest(point: GeoPoint): { entry: PlaceEntry; km: number } | null {
    let best: PlaceEntry | null = null;
    let bestKm = Infinity;
    for (const e of this.entries) {
      if (e.kind === 'municipality' || e.estimated) continue;
      const km = haversineKm(point, e.point);
      if (km < bestKm) {
        bestKm = km;
        best = e;
      }
    }
    return best ? { entry: best, km: bestKm } : null;
  }

  private addEntry(
    name: string,
    where: Pick<PlaceEntry, 'kind' | 'municipality' | 'point' | 'estimated'>,
    pop: number,
    aliases: readonly string[],
  ): void {
    const id = this.entries.length;
    this.entries.push({ id, name, ...where, population: pop > 0 ? pop : null });
    push(this.latin, nameKey(name), { id, alias: false });
    for (const key of soundKeysOfName(name)) push(this.sounds, key, { id, alias: false });
    for (const key of joinedSoundKeys(name)) push(this.joinedSounds, key, { id, alias: false });
    for (const alias of aliases) {
      if (isCyrillic(alias)) {
        const key = foldName(alias);
        push(this.cyrillic, key, { id, alias: true });
        if (!this.spellings.has(key)) this.spellings.set(key, alias);
        push(this.latin, romanizeName(key), { id, alias: true });
      } else push(this.latin, nameKey(alias), { id, alias: true });
    }
  }
}

function push(map: Map<string, IndexHit[]>, key: string, hit: IndexHit): void {
  const list = map.get(key);
  if (!list) map.set(key, [hit]);
  else if (!list.some((h) => h.id === hit.id)) list.push(hit);
}

/** Every string made by deleting one character. */
export function deletionsOf(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Rows of editDistance, reused from call to call (grown when a longer name comes). */
let rows = { two: new Int32Array(64), one: new Int32Array(64), cur: new Int32Array(64) };

/**
 * Damerau–Levenshtein (optimal string alignment) distance, stopping early above `max`. Its three
 * rows are kept between calls: a typo lookup or a like name compares hundreds of names a turn.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  if (rows.cur.length < width) {
    rows = { two: new Int32Array(width), one: new Int32Array(width), cur: new Int32Array(width) };
  }
  let { two: prev2, one: prev, cur } = rows;
  for (let j = 0; j < width; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ai = a.charCodeAt(i - 1);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j < width; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(
        (prev[j] ?? 0) + 1,
        (cur[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (ai === bj ? 0 : 1),
      );
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const free = prev2;
    prev2 = prev;
    prev = cur;
    cur = free;
  }
  return prev[b.length] ?? max + 1;
}
