/** Small hand-made offices for the office tests; each test states the facts it relies on. */
import {
  WEEKDAYS,
  type DayHours,
  type Office,
  type OfficeData,
  type OfficeHours,
  type Weekday,
} from '../../../src/offices';

export const SRC = 'https://example.org/source';

/** Weekly hours: the given days open with the given intervals (or times unknown), the rest closed. */
export function weekly(
  open: readonly Weekday[],
  intervals: readonly [string, string][] | null,
): Record<Weekday, DayHours | null> {
  return Object.fromEntries(
    WEEKDAYS.map((d): [Weekday, DayHours] => [
      d,
      !open.includes(d)
        ? { kind: 'closed' }
        : intervals === null
          ? { kind: 'openTimesUnknown' }
          : { kind: 'open', intervals: intervals.map(([opens, closes]) => ({ opens, closes })) },
    ]),
  ) as Record<Weekday, DayHours | null>;
}

export function hours(partial: Partial<OfficeHours> = {}): OfficeHours {
  return {
    weekly: weekly(['mon', 'tue', 'wed', 'thu', 'fri'], [['10:00', '16:00']]),
    daysPerWeek: 5,
    exceptions: [],
    openOnHolidays: false,
    text: 'mon-fri 10-16',
    sources: [SRC],
    confirmed: '2026-01-10',
    ...partial,
  };
}

export function office(id: string, partial: Partial<Office> = {}): Office {
  return {
    id,
    name: id,
    municipality: 'Göteborg',
    county: 'Västra Götalands län',
    address: { street: null, postalCode: null, town: null },
    position: { lat: 57.7, lon: 11.97, precision: 'locality', place: 'Göteborg', source: 'test' },
    status: 'open',
    statusDate: '2026-01-10',
    opened: null,
    confirmed: '2026-01-10',
    hours: hours(),
    agencies: ['skatteverket', 'forsakringskassan', 'pensionsmyndigheten', 'arbetsformedlingen'],
    sources: [SRC],
    ...partial,
  };
}

export function data(offices: Office[], partial: Partial<OfficeData> = {}): OfficeData {
  return {
    schemaVersion: 1,
    built: '2026-11-25',
    offices,
    townFacts: [],
    remoteHelp: {
      sscPhone: '0771-451 000',
      officeFinderUrl: 'https://www.statenssc.se/besokservicekontor',
      sources: [SRC],
    },
    ...partial,
  };
}
