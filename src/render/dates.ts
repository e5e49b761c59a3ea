/**
 * Dates and times as people say them, one formatter per language: "i dag kl. 10–16", "today, 10am
 * to 4pm", "сьогодні з 10:00 до 16:00"; today and tomorrow said as such; a date as precise as its
 * source ("senast 2021", "in June 2021", "19 травня 2008 року"); never a raw data value.
 * The words are in translation.json (`date.*`); the shapes of numbers are here.
 */
import type { TFunction } from 'i18next';
import { REPLY_LOCALE, type Lang } from '../languages';
import type { PartialDate, TimeInterval } from '../offices';
import { addDays, daysBetween, weekdayOf } from '../offices/stockholmTime';

/** Day-and-month formats, one per language: they are costly to build. */
const dayMonth = new Map<Lang, Intl.DateTimeFormat>();

function dayAndMonth(date: string, lang: Lang): string {
  let f = dayMonth.get(lang);
  if (f === undefined) {
    f = new Intl.DateTimeFormat(REPLY_LOCALE[lang], {
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    });
    dayMonth.set(lang, f);
  }
  return f.format(new Date(`${date}T12:00:00Z`));
}

/** Formats dates and times in one language; `t` is that language's translation namespace. */
export class DateWords {
  /**
   * `spoken`, the language's voice.json, makes times words for the ear ("tio till sexton",
   * "10 am to 4 pm", "з десятої до шістнадцятої"); the days and dates are the same on a screen.
   */
  constructor(
    private readonly lang: Lang,
    private readonly t: TFunction,
    private readonly spoken?: TFunction,
  ) {}

  /** A clock time: "10" / "10.30" (sv), "10am" / "noon" (en), "10:00" (uk). */
  clock(time: string): string {
    const [h = '0', m = '00'] = time.split(':');
    const hour = Number(h) % 24;
    if (this.spoken !== undefined) {
      return m === '00'
        ? this.spoken(`clock.hour.${String(hour)}`)
        : this.spoken(`clock.hourMinutes.${String(hour)}`, { minutes: m });
    }
    switch (this.lang) {
      case 'sv':
        return m === '00' ? String(hour) : `${String(hour)}.${m}`;
      case 'en': {
        if (m === '00' && hour === 12) return this.t('date.noon');
        if (m === '00' && hour === 0) return this.t('date.midnight');
        const twelve = hour % 12 === 0 ? 12 : hour % 12;
        const suffix = hour < 12 ? 'am' : 'pm';
        return m === '00' ? `${String(twelve)}${suffix}` : `${String(twelve)}:${m}${suffix}`;
      }
      case 'uk':
        return `${String(hour).padStart(2, '0')}:${m}`;
    }
  }

  /** Opening intervals: "10–16" / "10am to 4pm" / "з 10:00 до 16:00", several joined with "and". */
  hours(intervals: readonly TimeInterval[]): string {
    const t = this.spoken ?? this.t;
    const said = intervals.map((i) =>
      t('date.interval', { from: this.clock(i.opens), to: this.clock(i.closes) }),
    );
    return said.reduce((first, second) => t('date.twoIntervals', { first, second }));
  }

  /**
   * When something happens, from `today`: "i dag", "i morgon", "på lördag" within the week, else
   * the date ("den 14 december" / "on 14 December" / "14 грудня").
   */
  when(date: string, today: string): string {
    if (date === today) return this.t('date.today');
    if (date === addDays(today, 1)) return this.t('date.tomorrow');
    const ahead = daysBetween(today, date);
    if (ahead > 1 && ahead < 7) return this.t(`date.on.${weekdayOf(date)}`);
    return this.t('date.onDate', { date: this.fullDate(date, today) });
  }

  /** A weekday and date as a heading: "Lördag 28 november" / "Saturday 28 November" / "Субота, 28 листопада". */
  dayHeading(date: string): string {
    return this.t('date.heading', {
      weekday: this.t(`date.weekday.${weekdayOf(date)}`),
      date: dayAndMonth(date, this.lang),
    });
  }

  /** "20 juni 2023" / "7 June 2021" / "19 травня 2008 року"; the year left out in the current one. */
  fullDate(date: string, today?: string): string {
    const year = date.slice(0, 4);
    const dm = dayAndMonth(date, this.lang);
    if (today !== undefined && today.slice(0, 4) === year) return dm;
    return this.t('date.dayMonthYear', { dayMonth: dm, year });
  }

  /**
   * A date as precise as its source, to follow a verb: "2021" → "2021" / "in 2021" / "у 2021 році";
   * "2021-06" → "i juni 2021" / "in June 2021" / "у червні 2021 року"; a full date → "den 20 juni
   * 2023" / "on 7 June 2021" / "19 травня 2008 року".
   */
  partial(date: PartialDate): string {
    const year = date.slice(0, 4);
    if (date.length === 4) return this.t('date.inYear', { year });
    if (date.length === 7) {
      const months = this.t('date.months').split(',');
      const month = months[Number(date.slice(5, 7)) - 1] ?? '';
      return this.t('date.inMonth', { month, year });
    }
    return this.t('date.onDate', { date: this.fullDate(date) });
  }
}

/** The words that say a written date for the ear, from a language's voice.json (`date.spoken.*`). */
export interface SpokenDateWords {
  /** Month names as dates write them ("mars", "March", "березня"). */
  months: readonly string[];
  /** Ordinals 1–31 in the form a date takes ("fjärde", "fourth", "четвертого"). */
  ordinals: readonly string[];
  /** The day and month said, and with the year. */
  date: (ordinal: string, month: string) => string;
  dateYear: (ordinal: string, month: string, year: string) => string;
  /** A year as a date says it, where it is not said as written ("2027" → "дві тисячі двадцять сьомого"). */
  years: ReadonlyMap<string, string>;
  /** Nouns after a year that give it a case ("році" → its locative words); empty where years keep one form. */
  yearCases: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** The word a written year may carry after it, said again by `dateYear` ("року"), or "". */
  yearWord: string;
}

/** The written-date pattern of a language's months, built once per language. */
const datePatterns = new Map<string, RegExp>();

/**
 * Written dates in a sentence said as people say them: "den 4 mars 2027" → "den fjärde mars
 * 2027", "4 March 2027" → "the fourth of March 2027", "до 4 березня 2027 року" → "до четвертого
 * березня дві тисячі двадцять сьомого року". A voice reads "4" as a number, not as a date.
 */
export function sayDates(text: string, words: SpokenDateWords): string {
  if (!/\d/u.test(text)) return text;
  const key = `${words.months.join(',')}|${words.yearWord}`;
  let pattern = datePatterns.get(key);
  if (pattern === undefined) {
    const months = words.months.map((m) => m.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|');
    const after = words.yearWord === '' ? '' : `(?: ${words.yearWord})?`;
    pattern = new RegExp(
      `(?:\\bden )?(?<![\\d.])(\\d{1,2}) (${months})(?: (\\d{4})${after})?(?![\\p{L}\\d])`,
      'gu',
    );
    datePatterns.set(key, pattern);
  }
  return text.replace(pattern, (found: string, day: string, month: string, year?: string) => {
    const ordinal = words.ordinals[Number(day) - 1];
    if (ordinal === undefined) return found;
    if (year === undefined) return words.date(ordinal, month);
    return words.dateYear(ordinal, month, words.years.get(year) ?? year);
  });
}
