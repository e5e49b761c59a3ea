/** Turns the `hours` column of the office CSV (`tue-fri`, `mon,wed 10-15`, `3 days/week`) into data. */
import { WEEKDAYS, type DayHours, type Weekday } from '../types';

/** The structured part of an hours text; days the text does not settle stay `null`. */
export interface ParsedHoursText {
  weekly: Record<Weekday, DayHours | null>;
  daysPerWeek: number | null;
}

function isWeekday(s: string): s is Weekday {
  return (WEEKDAYS as readonly string[]).includes(s);
}

function clock(h: string, m: string | undefined): string {
  return `${h.padStart(2, '0')}:${m ?? '00'}`;
}

function days(spec: string): Weekday[] | null {
  const out: Weekday[] = [];
  for (const part of spec.split(',')) {
    const [from, to, extra] = part.split('-');
    if (from === undefined || !isWeekday(from) || extra !== undefined) return null;
    if (to === undefined) {
      out.push(from);
      continue;
    }
    if (!isWeekday(to)) return null;
    const a = WEEKDAYS.indexOf(from);
    const b = WEEKDAYS.indexOf(to);
    if (b < a) return null;
    out.push(...WEEKDAYS.slice(a, b + 1));
  }
  return out;
}

/**
 * Parses an hours text. A day list names the open days, so the other days are closed; clock
 * times apply to every listed day; text without a day list settles no day. Throws on text it
 * does not understand, so a new format in the official export is noticed, not guessed.
 */
export function parseHoursText(text: string): ParsedHoursText {
  const weekly = Object.fromEntries(WEEKDAYS.map((d) => [d, null])) as Record<
    Weekday,
    DayHours | null
  >;
  const t = text.trim().toLowerCase();
  const perWeek = /^([1-7]) days?\/week$/.exec(t);
  if (perWeek) return { weekly, daysPerWeek: Number(perWeek[1]) };
  const m = /^(?:([a-z,-]+))?\s*(?:(\d{1,2})(?::(\d{2}))?-(\d{1,2})(?::(\d{2}))?)?$/.exec(t);
  if (t === '' || !m || (m[1] === undefined && m[2] === undefined)) {
    throw new Error(`hours "${text}" is not in a known format`);
  }
  const [, daySpec, h1, m1, h2, m2] = m;
  const interval =
    h1 !== undefined && h2 !== undefined ? { opens: clock(h1, m1), closes: clock(h2, m2) } : null;
  if (daySpec === undefined) return { weekly, daysPerWeek: null };
  const open = days(daySpec);
  if (open === null) throw new Error(`hours "${text}": day list "${daySpec}" is not understood`);
  for (const d of WEEKDAYS) {
    weekly[d] = !open.includes(d)
      ? { kind: 'closed' }
      : interval
        ? { kind: 'open', intervals: [interval] }
        : { kind: 'openTimesUnknown' };
  }
  return { weekly, daysPerWeek: open.length };
}
