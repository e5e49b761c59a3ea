/** Swedish public holidays and eves, from the maintained date-holidays library. */
import Holidays from 'date-holidays';

/**
 * What the calendar says about a day: a public holiday or a full-day eve (julafton, midsommarafton,
 * nyårsafton, påskafton, pingstafton) closes the office; a half-day eve (trettondagsafton,
 * valborgsmässoafton, allhelgonaafton, from noon) leaves the day's hours unknown.
 */
export interface CalendarClosure {
  kind: 'holiday' | 'eve' | 'halfDayEve';
  /** The Swedish name the library gives, e.g. `midsommarafton`. */
  name: string;
}

/**
 * Tells which Stockholm calendar dates are public holidays or eves. Offices are closed on holidays
 * and full-day eves unless their data says otherwise; on half-day eves their hours are not known.
 * Annandag pingst and other observances are ordinary working days.
 */
export class HolidayCalendar {
  private readonly holidays = new Holidays('SE');
  private readonly years = new Map<number, Map<string, CalendarClosure>>();

  /** What the calendar says about `date` (`YYYY-MM-DD`), or `null` for an ordinary day. */
  closure(date: string): CalendarClosure | null {
    return this.year(Number(date.slice(0, 4))).get(date) ?? null;
  }

  private year(year: number): Map<string, CalendarClosure> {
    const cached = this.years.get(year);
    if (cached) return cached;
    const map = new Map<string, CalendarClosure>();
    for (const h of this.holidays.getHolidays(year, 'sv')) {
      const date = h.date.slice(0, 10);
      if (h.type === 'public') map.set(date, { kind: 'holiday', name: h.name });
      else if (/afton$/i.test(h.name) && !map.has(date)) {
        // date-holidays marks half-day eves with a noon start ("YYYY-MM-DD 12:00:00").
        const halfDay = h.date.slice(11, 16) === '12:00';
        map.set(date, { kind: halfDay ? 'halfDayEve' : 'eve', name: h.name });
      }
    }
    this.years.set(year, map);
    return map;
  }
}
