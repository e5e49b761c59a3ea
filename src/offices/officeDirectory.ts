/** The office directory: status over time, nearest open offices, look-up by name or town, hours. */
import { readFileSync } from 'node:fs';
import type { AgencyId } from '../agencies/agencyIds';
import type { GeoPoint } from '../geo';
import { distanceKm } from '../geo';
import { nameKey } from '../text/folding';
import { HolidayCalendar } from './holidayCalendar';
import { OpeningHours, type HoursAt, type ResolvedDay } from './openingHours';
import { OfficeDataError } from './officeDataError';
import { parseOfficeData } from './officeSchema';
import { isFullDate, monthsBefore, periodEnd, periodStart } from './partialDate';
import { addDays, daysBetween, toStockholm } from './stockholmTime';
import type {
  GeoPrecision,
  LargerTown,
  Office,
  OfficeData,
  PartialDate,
  RemoteHelp,
  TownFact,
} from './types';

/** Settings of the directory; every one has a default. */
export interface OfficeDirectoryOptions {
  /** An office confirmed longer ago than this is `stale` ("check before you go"). Default 24. */
  staleAfterMonths?: number;
  /**
   * An office confirmed longer ago than this many years is `old`: listed after newer offices at a
   * similar distance (see {@link rankKm}). Default 5.
   */
  oldAfterYears?: number;
  /** The nearest open office is `far` beyond this many km. Default 50. */
  farKm?: number;
  /** A closure this many days ahead or fewer is reported as `closingOn`. Default 30. */
  closingSoonDays?: number;
  /**
   * A town of this many people (or a county seat) with no office of ours within `gapKm` is a
   * likely gap in our list. Default 15 000.
   */
  gapPopulation?: number;
  /** See `gapPopulation`. Default 10. */
  gapKm?: number;
  /** Where a failed reload is reported. Default `console.error`. */
  log?: (message: string) => void;
  /** The holiday calendar; one is made when not given. */
  calendar?: HolidayCalendar;
}

/** An office's status at a moment; `notYetOpen` for an office whose opening is still ahead. */
export interface OfficeState {
  status: 'open' | 'closing' | 'closed' | 'planned' | 'notYetOpen';
  /** The last opening day when known (`YYYY-MM-DD`), past or future. */
  lastDay: string | null;
  /** The last opening day when it is within `closingSoonDays` of the moment, else `null`. */
  closingOn: string | null;
  /**
   * The closing date as precise as the source when it is not a day: announced (`closing` rows) or
   * past (a `closed` row known to the year or month, e.g. Piteå "2025"); else `null`.
   */
  announcedClosing: PartialDate | null;
  /** A closed office's first day shut, when that is what the source gives (Norrköping city). */
  shutSince?: PartialDate;
}

/** One office suggested by {@link OfficeDirectory.nearest}, with everything a reply needs. */
export interface OfficeMatch extends HoursAt {
  office: Office;
  distanceKm: number;
  status: 'open' | 'closing';
  /** The last opening day of a closing office, when a source gives the day (`YYYY-MM-DD`). */
  lastDay: string | null;
  closingOn: string | null;
  announcedClosing: PartialDate | null;
  /** Confirmed longer ago than the configured age, or never with a date. */
  stale: boolean;
  /** Confirmed longer ago than the configured years (or never with a date): listed after newer ones. */
  old: boolean;
  confirmed: PartialDate | null;
  precision: GeoPrecision;
  /** Farther than the configured threshold. */
  far: boolean;
}

/** Options of a nearest-office query. */
export interface NearestQuery {
  /** Only offices that serve this agency. */
  agency?: AgencyId;
  /** The moment the status and hours are computed for. Default: now. */
  at?: Date;
  /** How many offices to return. Default 3. */
  limit?: number;
  /** Office ids to leave out (e.g. the closed office asked about). */
  exclude?: readonly string[];
  /** Only these office ids (one office of a list shown, without ranking every office). */
  only?: readonly string[];
  /** By distance alone, an old office not put after newer ones (what "nearest first" would be). */
  byDistance?: boolean;
}

/** An office found by name or town, with its status at the moment asked about. */
export interface OfficeLookupMatch {
  office: Office;
  state: OfficeState;
  matchedOn: 'id' | 'name' | 'place' | 'town';
}

/** The answer to "Arvika?": the offices that match and, if none of them can be visited, where to go. */
export interface OfficeLookup {
  matches: OfficeLookupMatch[];
  /** Nearest suggestable offices to the first match, when no match is open or closing. */
  alternatives: OfficeMatch[];
  /** Town-level facts for the town asked about. */
  townFacts: TownFact[];
}

/** A larger town with no office of ours near it: our list very probably lacks its office. */
export interface LikelyGap {
  town: LargerTown;
  /** From the point asked about to the town. */
  distanceKm: number;
  /** From the town to the nearest office of ours that can be visited. */
  nearestOfficeKm: number;
}

/** Result of a reload: on failure the last good data stays in use. */
export type ReloadResult = { ok: true; offices: number } | { ok: false; error: string };

/** Reads a JSON file; a missing or unparsable file is an {@link OfficeDataError} naming the file. */
function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new OfficeDataError(path, [
      { office: null, field: '(file)', problem: e instanceof Error ? e.message : String(e) },
    ]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new OfficeDataError(path, [
      {
        office: null,
        field: '(file)',
        problem: `not valid JSON: ${e instanceof Error ? e.message : String(e)}`,
      },
    ]);
  }
}

/**
 * The distance an office is ranked by: its own for an office confirmed recently; for an `old` one
 * 1 km or 15 % more, whichever is larger. So a newer office only that little farther ("a similar
 * distance") is listed first, while an old office that is clearly nearer stays first (Rosengård
 * under 1 km before Värnhem 2.5 km; Mjölby 24 km before Skäggetorp 34 km). The reply says why
 * when the order is not by distance ({@link OfficePage}'s `nearerOlder`).
 */
export function rankKm(km: number, old: boolean): number {
  return old ? Math.max(km + 1, km * 1.15) : km;
}

/** Km from a point to the nearest of the offices (infinity when there are none). */
function nearestKm(point: GeoPoint, offices: readonly Office[]): number {
  return Math.min(Number.POSITIVE_INFINITY, ...offices.map((o) => distanceKm(point, o.position)));
}

/**
 * All servicekontor with their status over time and hours. Built from validated data in one line
 * (`new OfficeDirectory(data)`); keeps the last good data when a reload fails.
 */
export class OfficeDirectory {
  private data: OfficeData;
  /** Folded names per office for look-ups, rebuilt with the data. */
  private names = new Map<Office, { name: string; place: string; towns: string[] }>();
  private readonly hours: OpeningHours;
  private readonly staleAfterMonths: number;
  private readonly oldAfterYears: number;
  private readonly farKm: number;
  private readonly closingSoonDays: number;
  private readonly gapPopulation: number;
  private readonly gapKm: number;
  private readonly log: (message: string) => void;

  constructor(data: OfficeData, options: OfficeDirectoryOptions = {}) {
    this.data = data;
    this.index();
    this.hours = new OpeningHours(options.calendar ?? new HolidayCalendar());
    this.staleAfterMonths = options.staleAfterMonths ?? 24;
    this.oldAfterYears = options.oldAfterYears ?? 5;
    this.farKm = options.farKm ?? 50;
    this.closingSoonDays = options.closingSoonDays ?? 30;
    this.gapPopulation = options.gapPopulation ?? 15_000;
    this.gapKm = options.gapKm ?? 10;
    this.log =
      options.log ??
      ((m) => {
        console.error(m);
      });
  }

  private index(): void {
    this.names = new Map(
      this.data.offices.map((o) => [
        o,
        {
          name: nameKey(o.name),
          place: nameKey(o.position.place),
          towns: [o.municipality, o.address.town ?? ''].map(nameKey).filter((t) => t !== ''),
        },
      ]),
    );
  }

  /** Reads and validates a file; throws an `OfficeDataError` naming office, field and problem. */
  static fromFile(path: string, options: OfficeDirectoryOptions = {}): OfficeDirectory {
    return new OfficeDirectory(parseOfficeData(readJson(path), path), options);
  }

  /** Validates new data and swaps it in; on any error keeps the current data and logs why. */
  reload(raw: unknown, source = 'offices.json'): ReloadResult {
    try {
      this.data = parseOfficeData(raw, source);
      this.index();
      return { ok: true, offices: this.data.offices.length };
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      this.log(`office data reload failed, keeping the last good data: ${error}`);
      return { ok: false, error };
    }
  }

  /** Re-reads a file (after a change or a signal); see {@link reload}. */
  reloadFromFile(path: string): ReloadResult {
    let raw: unknown;
    try {
      raw = readJson(path);
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      this.log(`office data reload failed, keeping the last good data: ${error}`);
      return { ok: false, error };
    }
    return this.reload(raw, path);
  }

  /** Every office in the file, closed and planned ones included. */
  get offices(): readonly Office[] {
    return this.data.offices;
  }

  /** Every town-level fact in the file. */
  get allTownFacts(): readonly TownFact[] {
    return this.data.townFacts;
  }

  /** National help without a visit: SSC's number and the official office finder. */
  get remoteHelp(): RemoteHelp {
    return this.data.remoteHelp;
  }

  /** The distance beyond which an office counts as far. */
  get farThresholdKm(): number {
    return this.farKm;
  }

  /** True when a distance is beyond the far threshold. */
  isFar(km: number): boolean {
    return km > this.farKm;
  }

  /** The office with this id. */
  byId(id: string): Office | undefined {
    return this.data.offices.find((o) => o.id === id);
  }

  /** An office's status at a moment: a closed office is never `open` after its last day. */
  stateAt(office: Office, at: Date): OfficeState {
    return this.stateOn(office, toStockholm(at).date);
  }

  /** {@link stateAt} for a Stockholm calendar date (`YYYY-MM-DD`). */
  stateOn(office: Office, today: string): OfficeState {
    const none = { lastDay: null, closingOn: null, announcedClosing: null };
    if (office.status === 'planned') return { status: 'planned', ...none };
    // An opening known only to the month or year counts from the start of that period.
    if (office.opened !== null && today < periodStart(office.opened)) {
      return { status: 'notYetOpen', ...none };
    }
    const soon = (lastDay: string): string | null =>
      daysBetween(today, lastDay) <= this.closingSoonDays ? lastDay : null;
    if (office.status === 'closed') {
      if (office.shutSince !== undefined && today >= periodStart(office.shutSince))
        return { status: 'closed', ...none, shutSince: office.shutSince };
      if (office.statusDate === null) return { status: 'closed', ...none };
      // A closing known only to the month or year counts from the start of that period, and is
      // said as that period ("closed in 2025"), never as an invented last day.
      const full = isFullDate(office.statusDate);
      const lastDay = full ? office.statusDate : addDays(periodStart(office.statusDate), -1);
      if (today > lastDay) {
        return full
          ? { status: 'closed', lastDay, closingOn: null, announcedClosing: null }
          : { status: 'closed', ...none, announcedClosing: office.statusDate };
      }
      return {
        status: 'closing',
        lastDay,
        closingOn: soon(lastDay),
        announcedClosing: office.statusDate,
      };
    }
    if (office.status === 'closing') {
      const d = office.statusDate;
      if (d === null) return { status: 'closing', ...none };
      if (today > periodEnd(d)) {
        return {
          status: 'closed',
          lastDay: isFullDate(d) ? d : null,
          closingOn: null,
          announcedClosing: d,
        };
      }
      const lastDay = isFullDate(d) ? d : null;
      return {
        status: 'closing',
        lastDay,
        closingOn: lastDay === null ? null : soon(lastDay),
        announcedClosing: d,
      };
    }
    return { status: 'open', ...none };
  }

  /** True when the office was last confirmed before the configured age (or never with a date). */
  isStale(office: Office, at: Date): boolean {
    return this.staleSince(office, monthsBefore(toStockholm(at).date, this.staleAfterMonths));
  }

  private staleSince(office: Office, cutoff: string): boolean {
    return office.confirmed === null || periodStart(office.confirmed) < cutoff;
  }

  /**
   * Offices that can be visited at `at` (open or closing, never closed, planned or not yet open),
   * nearest first by great-circle distance, except that an `old` office comes after newer ones
   * at a similar distance ({@link rankKm}); ties broken by id; filtered to an agency when given.
   */
  nearest(point: GeoPoint, query: NearestQuery = {}): OfficeMatch[] {
    const at = query.at ?? new Date();
    const local = toStockholm(at);
    const today = local.date;
    const cutoff = monthsBefore(today, this.staleAfterMonths);
    const oldCutoff = monthsBefore(today, this.oldAfterYears * 12);
    const limit = query.limit ?? 3;
    const candidates: { office: Office; state: OfficeState; km: number; old: boolean }[] = [];
    for (const office of this.data.offices) {
      if (query.agency !== undefined && !office.agencies.includes(query.agency)) continue;
      if (query.exclude?.includes(office.id)) continue;
      if (query.only !== undefined && !query.only.includes(office.id)) continue;
      const state = this.stateOn(office, today);
      if (state.status !== 'open' && state.status !== 'closing') continue;
      const km = distanceKm(point, office.position);
      candidates.push({ office, state, km, old: this.staleSince(office, oldCutoff) });
    }
    candidates.sort(
      (a, b) =>
        (query.byDistance === true ? a.km - b.km : rankKm(a.km, a.old) - rankKm(b.km, b.old)) ||
        (a.office.id < b.office.id ? -1 : a.office.id > b.office.id ? 1 : 0),
    );
    return candidates.slice(0, Math.max(0, limit)).map(({ office, state, km, old }) => ({
      office,
      distanceKm: km,
      ...this.hours.atLocal(office.hours, local),
      status: state.status === 'closing' ? 'closing' : 'open',
      lastDay: state.lastDay,
      closingOn: state.closingOn,
      announcedClosing: state.announcedClosing,
      stale: old || this.staleSince(office, cutoff),
      old,
      confirmed: office.confirmed,
      precision: office.position.precision,
      far: this.isFar(km),
    }));
  }

  /**
   * Finds offices by id, name, gazetteer place or town ("Arvika", "Kista", "Göteborg"). When none
   * of the matches can be visited at `at`, suggests the nearest offices that can.
   */
  lookup(text: string, query: Omit<NearestQuery, 'exclude'> = {}): OfficeLookup {
    const at = query.at ?? new Date();
    const matches = this.named(text, at);
    const visitable = matches.some(
      (m) => m.state.status === 'open' || m.state.status === 'closing',
    );
    const first = matches[0];
    const alternatives =
      first !== undefined && !visitable
        ? this.nearest(first.office.position, {
            ...query,
            at,
            exclude: matches.map((m) => m.office.id),
          })
        : [];
    return { matches, alternatives, townFacts: this.townFacts(text) };
  }

  /**
   * The offices a place name names, by id, name, gazetteer place or town, with their state at
   * `at`: the closest kind of match first ("Araby" before the other offices in Växjö).
   */
  named(text: string, at: Date): OfficeLookupMatch[] {
    const q = nameKey(text);
    const matches: OfficeLookupMatch[] = [];
    if (q.length > 0) {
      const id = text.trim().toLowerCase();
      for (const office of this.data.offices) {
        const n = this.names.get(office);
        const matchedOn: OfficeLookupMatch['matchedOn'] | null =
          office.id === id
            ? 'id'
            : n?.name === q
              ? 'name'
              : n?.place === q
                ? 'place'
                : n?.towns.includes(q)
                  ? 'town'
                  : null;
        if (matchedOn !== null)
          matches.push({ office, state: this.stateAt(office, at), matchedOn });
      }
    }
    const rank = { id: 0, name: 1, place: 2, town: 3 } as const;
    return matches.sort(
      (a, b) => rank[a.matchedOn] - rank[b.matchedOn] || a.office.id.localeCompare(b.office.id),
    );
  }

  /** Services a source ties to a town but not to one office (e.g. Migrationsverket bookings). */
  townFacts(town: string, agency?: AgencyId): TownFact[] {
    const q = nameKey(town);
    return this.data.townFacts.filter(
      (f) => nameKey(f.town) === q && (agency === undefined || f.agency === agency),
    );
  }

  /**
   * Town-level facts for towns near a point: a town counts when one of its offices that can be
   * visited at `at` lies within `withinKm` (default: the far threshold). Nearest town first.
   */
  townFactsNear(
    point: GeoPoint,
    query: { agency?: AgencyId; at?: Date; withinKm?: number } = {},
  ): { fact: TownFact; distanceKm: number }[] {
    const today = toStockholm(query.at ?? new Date()).date;
    const within = query.withinKm ?? this.farKm;
    const out: { fact: TownFact; distanceKm: number }[] = [];
    for (const fact of this.data.townFacts) {
      if (query.agency !== undefined && fact.agency !== query.agency) continue;
      const town = nameKey(fact.town);
      let best = Number.POSITIVE_INFINITY;
      for (const o of this.data.offices) {
        if (nameKey(o.municipality) !== town) continue;
        const s = this.stateOn(o, today).status;
        if (s !== 'open' && s !== 'closing') continue;
        best = Math.min(best, distanceKm(point, o.position));
      }
      if (best <= within) out.push({ fact, distanceKm: best });
    }
    return out.sort(
      (a, b) => a.distanceKm - b.distanceKm || a.fact.town.localeCompare(b.fact.town),
    );
  }

  /**
   * The likely gap in our list where a person at `point` is: when no office of ours that can be
   * visited lies within the gap distance of the point, the nearest larger town within that
   * distance that has none near it either (Gävle, Karlstad). Undefined where the list has an
   * office near, and for a small place far from any larger town.
   */
  likelyGap(point: GeoPoint, at: Date = new Date()): LikelyGap | undefined {
    const visitable = this.visitable(at);
    if (visitable.some((o) => distanceKm(point, o.position) <= this.gapKm)) return undefined;
    const near = this.gapTowns(at)
      .map((town) => ({ town, distanceKm: distanceKm(point, town) }))
      .filter((t) => t.distanceKm <= this.gapKm)
      .sort((a, b) => a.distanceKm - b.distanceKm);
    for (const { town, distanceKm: km } of near) {
      const nearestOfficeKm = nearestKm(town, visitable);
      if (nearestOfficeKm > this.gapKm) return { town, distanceKm: km, nearestOfficeKm };
    }
    return undefined;
  }

  /** Every larger town with no office of ours that can be visited within the gap distance, largest first. */
  likelyGaps(at: Date = new Date()): LikelyGap[] {
    const visitable = this.visitable(at);
    return this.gapTowns(at)
      .map((town) => ({ town, distanceKm: 0, nearestOfficeKm: nearestKm(town, visitable) }))
      .filter((g) => g.nearestOfficeKm > this.gapKm);
  }

  /**
   * The towns a gap is looked for in: large enough, or a county seat; not a town whose office
   * our list knows has closed (Landskrona, Motala): there the list is not thin, the office is gone.
   */
  private gapTowns(at: Date): readonly LargerTown[] {
    const today = toStockholm(at).date;
    const closed = this.data.offices.filter((o) => this.stateOn(o, today).status === 'closed');
    return (this.data.towns ?? []).filter(
      (t) =>
        (t.countySeat || (t.population ?? 0) >= this.gapPopulation) &&
        nearestKm(t, closed) > this.gapKm,
    );
  }

  /** Offices that can be visited on the Stockholm date of `at`. */
  private visitable(at: Date): Office[] {
    const today = toStockholm(at).date;
    return this.data.offices.filter((o) => {
      const s = this.stateOn(o, today).status;
      return s === 'open' || s === 'closing';
    });
  }

  /** The hours on one Stockholm calendar date (`YYYY-MM-DD`). */
  hoursOn(office: Office, date: string): ResolvedDay {
    return this.hours.onDate(office.hours, date);
  }

  /** Monday to Sunday of the Stockholm week containing `at`, holidays applied. */
  weekHours(office: Office, at: Date): ResolvedDay[] {
    return this.hours.week(office.hours, toStockholm(at).date);
  }
}
