/** Wall-clock time in Europe/Stockholm via Intl, independent of the server's own time zone. */
import { BoundedMemo } from '../boundedMemo';
import { WEEKDAYS, type Weekday } from './types';

/** The time zone every office hour is expressed in. */
export const OFFICE_TIME_ZONE = 'Europe/Stockholm';

const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: OFFICE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** A moment as read on a Stockholm wall clock. */
export interface StockholmTime {
  /** Calendar date `YYYY-MM-DD`. */
  readonly date: string;
  /** Minutes since local midnight. */
  readonly minutes: number;
  readonly weekday: Weekday;
}

/** A moment's calendar and clock fields. */
interface Parts {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
}

const HOUR_MS = 3_600_000;

/**
 * Stockholm's offset from UTC in ms during each UTC hour looked at (keyed by hours since 1970), or
 * undefined when it is not the same at both ends of the hour. The offset changes only at
 * daylight-saving switches, which fall on a whole UTC hour, so one reading through Intl serves
 * every instant of the hour: Intl's formatToParts was the costliest step of the office lists
 * (every office's hours ask the time). A few thousand hours are kept at most.
 */
const steadyOffsets = new BoundedMemo<number, number | undefined>(4096);

function steadyOffset(hour: number): number | undefined {
  const start = offsetAt(new Date(hour * HOUR_MS));
  return start === offsetAt(new Date((hour + 1) * HOUR_MS - 1000)) ? start : undefined;
}

/** The fields of `instant` on the Stockholm wall clock. */
function parts(instant: Date): Parts {
  const ms = instant.getTime();
  if (!Number.isFinite(ms)) return intlParts(instant);
  const offset = steadyOffsets.get(Math.floor(ms / HOUR_MS), steadyOffset);
  if (offset === undefined) return intlParts(instant);
  const local = new Date(ms + offset);
  return {
    y: local.getUTCFullYear(),
    mo: local.getUTCMonth() + 1,
    d: local.getUTCDate(),
    h: local.getUTCHours(),
    mi: local.getUTCMinutes(),
    s: local.getUTCSeconds(),
  };
}

/** Stockholm's offset from UTC at `instant`, in ms, read through Intl. */
function offsetAt(instant: Date): number {
  const p = intlParts(instant);
  return Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s) - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The fields of `instant` on the Stockholm wall clock, read through Intl. */
function intlParts(instant: Date): Parts {
  const out = { y: 0, mo: 0, d: 0, h: 0, mi: 0, s: 0 };
  for (const p of formatter.formatToParts(instant)) {
    const v = Number(p.value);
    if (p.type === 'year') out.y = v;
    else if (p.type === 'month') out.mo = v;
    else if (p.type === 'day') out.d = v;
    else if (p.type === 'hour') out.h = v;
    else if (p.type === 'minute') out.mi = v;
    else if (p.type === 'second') out.s = v;
  }
  return out;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The last reading: a turn reads the same instant for every office it looks at. */
let last: { ms: number; time: StockholmTime } | undefined;

/** Reads an instant on the Stockholm wall clock. */
export function toStockholm(instant: Date): StockholmTime {
  const ms = instant.getTime();
  if (last?.ms === ms) return last.time;
  const p = parts(instant);
  const date = `${p.y}-${pad(p.mo)}-${pad(p.d)}`;
  const time: StockholmTime = { date, minutes: p.h * 60 + p.mi, weekday: weekdayOf(date) };
  last = { ms, time };
  return time;
}

/** The weekday of a calendar date `YYYY-MM-DD` (pure calendar arithmetic). */
export function weekdayOf(date: string): Weekday {
  const [y, m, d] = date.split('-').map(Number);
  const sundayFirst = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)).getUTCDay();
  return WEEKDAYS[(sundayFirst + 6) % 7] ?? 'mon';
}

/** A calendar date `n` days after (or before, for negative `n`) `date`. */
export function addDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + n));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  const ms = (s: string): number => {
    const [y, m, d] = s.split('-').map(Number);
    return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1);
  };
  return Math.round((ms(to) - ms(from)) / 86_400_000);
}

/** `HH:MM` → minutes since midnight. */
export function clockToMinutes(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/**
 * The instant at which the Stockholm wall clock shows `date` and `clock` (`HH:MM`). A time that
 * does not exist (the spring-forward gap) resolves to the first instant after it; an ambiguous
 * time (the autumn repeat) resolves to the earlier one.
 */
export function fromStockholm(date: string, clock: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [h, mi] = clock.split(':').map(Number);
  const wall = Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0);
  const day = 86_400_000;
  const offsets = [offsetAt(new Date(wall - day)), offsetAt(new Date(wall + day))];
  const small = Math.min(...offsets);
  const large = Math.max(...offsets);
  const wanted = (h ?? 0) * 60 + (mi ?? 0);
  for (const t of [wall - large, wall - small]) {
    const seen = toStockholm(new Date(t));
    if (seen.date === date && seen.minutes === wanted) return new Date(t);
  }
  return new Date(wall - small);
}
