/** Builds data/offices.json from the office CSV, the gazetteer CSVs and the hand-kept supplement. */
import { z } from 'zod';
import { AGENCY_IDS, isAgencyId, type AgencyId } from '../../agencies/agencyIds';
import { nameKey } from '../../text/folding';
import { parseOfficeData } from '../officeSchema';
import {
  OFFICE_STATUSES,
  type LargerTown,
  type Office,
  type OfficeData,
  type OfficePosition,
  type OfficeStatus,
} from '../types';
import { parseHoursText } from './hoursText';

/** A named point from a gazetteer file. */
export interface GazetteerPoint {
  name: string;
  municipality: string;
  lat: number;
  lon: number;
  source: string;
  population?: number | null;
  /** The shared file's kind of place (`tatort`, `postort`, …), for localities. */
  kind?: string;
}

/** The gazetteer tables the builder positions offices with (read at build time only). */
export interface Gazetteer {
  /** `data/places/office-districts.csv`: office districts the shared file lacks. */
  officeDistricts: readonly GazetteerPoint[];
  /** The shared `districts.csv`. */
  districts: readonly GazetteerPoint[];
  /** The shared `localities.csv`. */
  localities: readonly GazetteerPoint[];
  /** The shared `municipalities.csv`: `name` is the municipality, the point is its seat's. */
  municipalities: readonly (GazetteerPoint & { seat: string })[];
}

const supplementSchema = z
  .object({
    opened: z.array(
      z.object({ id: z.string(), date: z.string(), source: z.string().url() }).strict(),
    ),
    /** Closed offices whose source gives the first day they were shut, not the last day open. */
    shutSince: z
      .array(z.object({ id: z.string(), date: z.string(), source: z.string().url() }).strict())
      .default([]),
    townFacts: z.array(
      z
        .object({
          town: z.string(),
          kind: z.string(),
          agency: z.enum(AGENCY_IDS),
          sources: z.array(z.string().url()).min(1),
          confirmed: z.string().nullable(),
        })
        .strict(),
    ),
    remoteHelp: z
      .object({
        sscPhone: z.string(),
        officeFinderUrl: z.string().url(),
        sources: z.array(z.string().url()).min(1),
      })
      .strict(),
    countySeats: z
      .array(
        z.object({ seat: z.string(), municipality: z.string(), source: z.string().url() }).strict(),
      )
      .default([]),
  })
  .passthrough();

/** Facts kept by hand next to the CSV: opening dates, town-level services, national help, county seats. */
export type OfficeSupplement = z.input<typeof supplementSchema>;

/**
 * The smallest tätort kept as a larger town in the built file: the likely-gap threshold
 * (`LIKELY_GAP_POPULATION`) can be set no lower than this.
 */
export const TOWN_FLOOR = 5000;

/** Validates the supplement file's parsed JSON. */
export function parseSupplement(raw: unknown): OfficeSupplement {
  return supplementSchema.parse(raw);
}

/** The built file and what the builder had to settle for, for the script to print. */
export interface BuildResult {
  data: OfficeData;
  /** One line per office placed less precisely than a district, or with another caveat. */
  notes: string[];
}

function nullIfEmpty(s: string | undefined): string | null {
  const t = (s ?? '').trim();
  return t === '' ? null : t;
}

function splitList(s: string | undefined): string[] {
  return (s ?? '')
    .split(';')
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

/**
 * Turns rows in the shape of `servicekontor.csv` into a validated office file. Positions come
 * from the CSV's own lat/lon (address precision), else an office district point, else the
 * locality, else the municipality seat; each records its precision and source.
 */
export class OfficeDataBuilder {
  constructor(
    private readonly gazetteer: Gazetteer,
    private readonly supplement: OfficeSupplement,
  ) {}

  /** Builds and validates; throws with the row id on a row it cannot use. */
  build(rows: readonly Record<string, string>[], built: string): BuildResult {
    const notes: string[] = [];
    const offices = rows.map((row, i) => this.office(row, i, notes));
    const data: OfficeData = {
      schemaVersion: 1,
      built,
      offices,
      townFacts: this.supplement.townFacts.map((f) => ({ ...f, agency: f.agency })),
      remoteHelp: this.supplement.remoteHelp,
      towns: this.towns(),
    };
    return { data: parseOfficeData(data, 'built office data'), notes };
  }

  /**
   * Tätorter of {@link TOWN_FLOOR} people or more, and every county seat (from the supplement),
   * largest first: what the directory checks for likely gaps in the office list.
   */
  private towns(): LargerTown[] {
    const seats = this.supplement.countySeats ?? [];
    const isSeat = (p: GazetteerPoint) =>
      seats.some(
        (c) =>
          nameKey(c.seat) === nameKey(p.name) &&
          nameKey(c.municipality) === nameKey(p.municipality),
      );
    const towns: LargerTown[] = [];
    const seen = new Set<string>();
    for (const p of this.gazetteer.localities) {
      const seat = isSeat(p);
      const big = p.kind === 'tatort' && (p.population ?? 0) >= TOWN_FLOOR;
      const key = `${nameKey(p.name)}|${nameKey(p.municipality)}`;
      if ((!big && !(seat && p.kind === 'tatort')) || seen.has(key)) continue;
      seen.add(key);
      towns.push({
        name: p.name,
        municipality: p.municipality,
        lat: p.lat,
        lon: p.lon,
        population: p.population ?? null,
        countySeat: seat,
        source: `localities.csv (${p.source})`,
      });
    }
    const missing = seats.filter(
      (c) => !towns.some((t) => t.countySeat && nameKey(t.name) === nameKey(c.seat)),
    );
    if (missing.length > 0) {
      throw new Error(
        `county seat not found as a tätort: ${missing.map((c) => c.seat).join(', ')}`,
      );
    }
    return towns.sort(
      (a, b) => (b.population ?? 0) - (a.population ?? 0) || a.name.localeCompare(b.name, 'sv'),
    );
  }

  private office(row: Record<string, string>, index: number, notes: string[]): Office {
    const id = nullIfEmpty(row.id) ?? `row-${index + 2}`;
    const fail = (field: string, problem: string): never => {
      throw new Error(`row ${index + 2} (office "${id}"), field ${field}: ${problem}`);
    };
    const status = (row.status ?? '').trim();
    if (!(OFFICE_STATUSES as readonly string[]).includes(status))
      fail('status', `unknown status "${status}"`);
    const agencies: AgencyId[] = [];
    for (const a of splitList(row.agencies)) {
      if (!isAgencyId(a)) fail('agencies', `unknown agency "${a}"`);
      else agencies.push(a);
    }
    const sources = splitList(row.sources);
    const statusDate = nullIfEmpty(row.status_date);
    const name = nullIfEmpty(row.name) ?? fail('name', 'empty');
    const municipality = nullIfEmpty(row.municipality) ?? fail('municipality', 'empty');
    const hoursText = nullIfEmpty(row.hours);
    let hours: Office['hours'] = null;
    if (hoursText !== null) {
      try {
        const parsed = parseHoursText(hoursText);
        hours = {
          ...parsed,
          exceptions: [],
          openOnHolidays: false,
          text: hoursText,
          sources,
          confirmed: statusDate,
        };
      } catch (e) {
        fail('hours', e instanceof Error ? e.message : String(e));
      }
    }
    const opened = this.supplement.opened.find((o) => o.id === id);
    const shut =
      status === 'closed' ? (this.supplement.shutSince ?? []).find((o) => o.id === id) : undefined;
    const position = this.position(row, sources, id, name, municipality, notes);
    return {
      id,
      name,
      municipality,
      county: nullIfEmpty(row.county) ?? fail('county', 'empty'),
      address: {
        street: nullIfEmpty(row.street),
        postalCode: nullIfEmpty(row.postal_code),
        town: nullIfEmpty(row.postal_town),
      },
      position,
      status: status as OfficeStatus,
      statusDate,
      ...(shut === undefined ? {} : { shutSince: shut.date }),
      opened: opened?.date ?? null,
      confirmed: status === 'open' || status === 'closing' ? statusDate : null,
      hours,
      agencies,
      sources: [
        ...sources,
        ...[opened, shut].flatMap((o) => (o === undefined ? [] : [o.source])),
      ].filter((s, i, all) => all.indexOf(s) === i),
    };
  }

  private position(
    row: Record<string, string>,
    sources: readonly string[],
    id: string,
    name: string,
    municipality: string,
    notes: string[],
  ): OfficePosition {
    const lat = Number(row.lat);
    const lon = Number(row.lon);
    if (
      nullIfEmpty(row.lat) !== null &&
      nullIfEmpty(row.lon) !== null &&
      Number.isFinite(lat) &&
      Number.isFinite(lon)
    ) {
      return {
        lat,
        lon,
        precision: 'address',
        place: nullIfEmpty(row.street) ?? name,
        source: sources[0] ?? 'office list',
      };
    }
    const n = nameKey(name);
    const m = nameKey(municipality);
    const same = (p: GazetteerPoint): boolean =>
      nameKey(p.name) === n && nameKey(p.municipality) === m;
    const officeDistrict = this.gazetteer.officeDistricts.find(same);
    if (officeDistrict) return this.at(officeDistrict, 'district', officeDistrict.source);
    const district = this.gazetteer.districts.find(same);
    if (district) return this.at(district, 'district', `districts.csv (${district.source})`);
    const seat = this.gazetteer.municipalities.find((p) => nameKey(p.name) === m);
    // An office named after its municipality ("Norrköping city", "Göteborg centrum") is in the seat town.
    const townName = n === m || n.startsWith(`${m} `) ? (seat?.seat ?? municipality) : name;
    const candidates = this.gazetteer.localities
      .filter((p) => nameKey(p.name) === nameKey(townName) && nameKey(p.municipality) === m)
      .sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
    const locality = candidates[0];
    if (locality) {
      if (townName !== name) notes.push(`${id}: placed at the locality ${locality.name}`);
      return this.at(locality, 'locality', `localities.csv (${locality.source})`);
    }
    if (seat) {
      notes.push(
        `${id}: no point for "${name}"; placed at the seat of ${municipality} (municipality precision)`,
      );
      return {
        lat: seat.lat,
        lon: seat.lon,
        precision: 'municipality',
        place: municipality,
        source: `municipalities.csv (${seat.source})`,
      };
    }
    throw new Error(
      `office "${id}": no gazetteer point for "${name}" or its municipality "${municipality}"`,
    );
  }

  private at(
    p: GazetteerPoint,
    precision: OfficePosition['precision'],
    source: string,
  ): OfficePosition {
    return { lat: p.lat, lon: p.lon, precision, place: p.name, source };
  }
}
