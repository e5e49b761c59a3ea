/** Data types of the office directory: offices, their hours, status and the answers built on them. */
import type { AgencyId } from '../agencies/agencyIds';
import type { GeoPoint } from '../geo';

/** The days of the week, Monday first, as keys of weekly hours. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/** A day of the week. */
export type Weekday = (typeof WEEKDAYS)[number];

/** How exactly an office's position is known, from an address point down to the municipality seat. */
export const GEO_PRECISIONS = ['address', 'district', 'locality', 'municipality'] as const;
/** How exactly an office's position is known (CONTRACT.md `geoPrecision`). */
export type GeoPrecision = (typeof GEO_PRECISIONS)[number];

/** The status an office row carries in the data. */
export const OFFICE_STATUSES = ['open', 'closing', 'closed', 'planned'] as const;
/** `open` exists, `closing` closure announced, `closed` shut, `planned` announced but unconfirmed. */
export type OfficeStatus = (typeof OFFICE_STATUSES)[number];

/** A date as precise as its source: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

/** One opening interval on a day, local Stockholm wall-clock time `HH:MM`. */
export interface TimeInterval {
  opens: string;
  closes: string;
}

/**
 * What is known about one day: closed, open with known intervals, or open at times not known.
 * `null` (used where a DayHours is expected) means nothing is known about that day.
 */
export type DayHours =
  | { kind: 'closed' }
  | { kind: 'open'; intervals: readonly TimeInterval[] }
  | { kind: 'openTimesUnknown' };

/** A dated deviation from the weekly hours (a holiday opening, a closed day). */
export interface HoursException {
  /** `YYYY-MM-DD`, Stockholm calendar date. */
  date: string;
  /** The hours that day; `null` if the source says only that the day differs. */
  hours: DayHours | null;
  source: string;
}

/** An office's hours as the sources give them. Unknown days are `null`, never defaulted. */
export interface OfficeHours {
  weekly: Readonly<Record<Weekday, DayHours | null>>;
  /** Days open per week where a source gives only a count ("3 days/week"). */
  daysPerWeek: number | null;
  exceptions: readonly HoursException[];
  /** Whether public holidays and eves follow the weekly hours (true only if a source says so). */
  openOnHolidays: boolean;
  /** The source wording, e.g. `tue-fri` or `10-16`, kept for support staff. */
  text: string | null;
  sources: readonly string[];
  /** When a source last confirmed these hours. */
  confirmed: PartialDate | null;
}

/** A street address: fields not known are `null`, never guessed. */
export interface OfficeAddress {
  street: string | null;
  postalCode: string | null;
  town: string | null;
}

/** Where the office is, and how exactly that is known. */
export interface OfficePosition extends GeoPoint {
  precision: GeoPrecision;
  /** The gazetteer place the point belongs to, e.g. `Gamlestaden` or `Mora`. */
  place: string;
  source: string;
}

/** One servicekontor as stored in `data/offices.json`. */
export interface Office {
  id: string;
  name: string;
  municipality: string;
  county: string;
  address: OfficeAddress;
  position: OfficePosition;
  status: OfficeStatus;
  /**
   * Depends on `status`: closed → last opening day; closing → expected closing date (null when
   * not given); planned → date of the planning source; open → date of the newest confirmation.
   */
  statusDate: PartialDate | null;
  /**
   * A closed office whose source says since when it has been shut ("stängt sedan den 25 mars"),
   * not its last day open: the reply says "closed since", never a last day.
   */
  shutSince?: PartialDate;
  /** When the office opened, where a source says so. */
  opened: PartialDate | null;
  /** When a source last confirmed the office as it is described. */
  confirmed: PartialDate | null;
  hours: OfficeHours | null;
  agencies: readonly AgencyId[];
  sources: readonly string[];
}

/** A service a source ties to a town but not to one office there. */
export interface TownFact {
  /** Municipality the fact is about, e.g. `Göteborg`. */
  town: string;
  /** What the fact is, e.g. `migrationsverket-booking`, `id-card-booking`. */
  kind: string;
  agency: AgencyId;
  sources: readonly string[];
  confirmed: PartialDate | null;
}

/**
 * A larger town (a tätort of some thousands, or a county seat) the list is checked against: one
 * with no office of ours near it very probably has one our sources do not name (a likely gap).
 */
export interface LargerTown {
  name: string;
  municipality: string;
  lat: number;
  lon: number;
  /** People living there (SCB tätort count), or null when only its county-seat role is known. */
  population: number | null;
  /** The seat of its county (residensstad). */
  countySeat: boolean;
  source: string;
}

/** National ways to get help without a visit, from the sources. */
export interface RemoteHelp {
  /** Statens servicecenter's national number. */
  sscPhone: string;
  /** The official office finder with current hours. */
  officeFinderUrl: string;
  sources: readonly string[];
}

/** The whole office dataset as validated at load. */
export interface OfficeData {
  schemaVersion: 1;
  /** When the file was built (`YYYY-MM-DD`). */
  built: string;
  offices: readonly Office[];
  townFacts: readonly TownFact[];
  remoteHelp: RemoteHelp;
  /** Larger towns, to tell where our list is likely thin; absent in hand-made test data. */
  towns?: readonly LargerTown[];
}
