/** Opening-hours logic: a day's hours, open now, closes at and next opening, in Stockholm time. */
import type { HolidayCalendar } from './holidayCalendar';
import {
  type StockholmTime,
  addDays,
  clockToMinutes,
  fromStockholm,
  toStockholm,
  weekdayOf,
} from './stockholmTime';
import type { DayHours, OfficeHours, Weekday } from './types';

/** Where a day's hours come from: the weekly pattern, a dated exception, or the holiday calendar. */
export type DayHoursReason = 'weekly' | 'exception' | 'holiday' | 'eve' | 'halfDayEve' | 'unknown';

/** The hours of one office on one calendar date. `hours: null` means not known. */
export interface ResolvedDay {
  date: string;
  weekday: Weekday;
  hours: DayHours | null;
  reason: DayHoursReason;
  /** The holiday's or eve's name when `reason` is `holiday`, `eve` or `halfDayEve`. */
  holidayName: string | null;
}

/** The next time an office opens after a moment. */
export interface NextOpening {
  date: string;
  weekday: Weekday;
  /** `HH:MM`, or `null` when the office opens that day at a time not known. */
  opens: string | null;
  /** The instant, when `opens` is known. */
  at: Date | null;
}

/** An office's hours as seen at one moment. */
export interface HoursAt {
  /** `null` when the hours are not known well enough to say. */
  openNow: boolean | null;
  today: ResolvedDay;
  /** When the current opening ends (`HH:MM` and instant), if open now with known times. */
  closesAt: { clock: string; at: Date } | null;
  /** Next opening after the moment when not open now; `null` when not known within two weeks. */
  nextOpening: NextOpening | null;
}

/** How many days ahead `nextOpening` looks before giving up. */
const LOOKAHEAD_DAYS = 14;

/** Resolves office hours against the calendar, in Europe/Stockholm whatever the machine's zone. */
export class OpeningHours {
  constructor(private readonly calendar: HolidayCalendar) {}

  /** The hours on a Stockholm calendar date (`YYYY-MM-DD`). */
  onDate(hours: OfficeHours | null, date: string): ResolvedDay {
    const weekday = weekdayOf(date);
    const exception = hours?.exceptions.find((e) => e.date === date);
    if (exception) {
      return { date, weekday, hours: exception.hours, reason: 'exception', holidayName: null };
    }
    const closure = this.calendar.closure(date);
    if (closure && !(hours?.openOnHolidays ?? false)) {
      // On a half-day eve the office may close early; no source says when, so the day is unknown.
      const day: DayHours | null = closure.kind === 'halfDayEve' ? null : { kind: 'closed' };
      return { date, weekday, hours: day, reason: closure.kind, holidayName: closure.name };
    }
    if (hours === null) return { date, weekday, hours: null, reason: 'unknown', holidayName: null };
    const day = hours.weekly[weekday];
    return {
      date,
      weekday,
      hours: day,
      reason: day === null ? 'unknown' : 'weekly',
      holidayName: null,
    };
  }

  /** Monday to Sunday of the Stockholm week that contains `date`. */
  week(hours: OfficeHours | null, date: string): ResolvedDay[] {
    const monday = addDays(
      date,
      -['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(weekdayOf(date)),
    );
    return Array.from({ length: 7 }, (_, i) => this.onDate(hours, addDays(monday, i)));
  }

  /** Open now?, closes at and next opening at instant `at`. */
  at(hours: OfficeHours | null, at: Date): HoursAt {
    return this.atLocal(hours, toStockholm(at));
  }

  /** {@link at} for a moment already read on the Stockholm clock (saves the Intl call per office). */
  atLocal(hours: OfficeHours | null, local: StockholmTime): HoursAt {
    const today = this.onDate(hours, local.date);
    let openNow: boolean | null = null;
    let closesAt: HoursAt['closesAt'] = null;
    const day = today.hours;
    if (day?.kind === 'closed') openNow = false;
    else if (day?.kind === 'open') {
      const current = day.intervals.find(
        (iv) =>
          clockToMinutes(iv.opens) <= local.minutes && local.minutes < clockToMinutes(iv.closes),
      );
      openNow = current !== undefined;
      if (current)
        closesAt = { clock: current.closes, at: fromStockholm(local.date, current.closes) };
    }
    const nextOpening =
      openNow === false ? this.nextOpening(hours, local.date, local.minutes) : null;
    return { openNow, today, closesAt, nextOpening };
  }

  private nextOpening(
    hours: OfficeHours | null,
    date: string,
    minutes: number,
  ): NextOpening | null {
    for (let i = 0; i <= LOOKAHEAD_DAYS; i++) {
      const d = this.onDate(hours, addDays(date, i));
      const day = d.hours;
      if (day === null) return null;
      if (day.kind === 'closed') continue;
      if (day.kind === 'openTimesUnknown') {
        if (i === 0) return null;
        return { date: d.date, weekday: d.weekday, opens: null, at: null };
      }
      const iv = day.intervals.find((x) => i > 0 || clockToMinutes(x.opens) > minutes);
      if (iv)
        return {
          date: d.date,
          weekday: d.weekday,
          opens: iv.opens,
          at: fromStockholm(d.date, iv.opens),
        };
    }
    return null;
  }
}
