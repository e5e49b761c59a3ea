/** Reads short replies to an office list: "more", "the second one", "when is it open on Saturday?". */
import { Culture, recognizeDateTime } from '@microsoft/recognizers-text-suite';
import { LANGS, type Lang } from '../languages';
import { addDays, weekdayOf } from '../offices/stockholmTime';
import { WEEKDAYS, type Weekday } from '../offices/types';
import type { FollowUp } from '../understanding/interpretation';
import type { LanguageResources } from './languageResources';
import { containsPhrase, foldPhrase, phraseWords } from '../text/folding';
import { BoundedMemo } from '../boundedMemo';

export type { FollowUp };

/** Longer messages are new matters, not follow-ups ("the second one" is short). */
const MAX_FOLLOW_UP_WORDS = 8;
const MAX_ORDINAL_WORDS = 5;

interface LangLists {
  more: Set<string>;
  ordinals: string[][];
  hours: string[];
  ukraine: string[];
  protection: string[];
  relative: { days: number; phrases: string[] }[];
  weekdays: { weekday: Weekday; phrases: string[] }[];
}

const norm = (phrases: readonly string[]) => phrases.map(foldPhrase).filter((p) => p !== '');

/** Finds follow-ups in the conversation's language; built once from the language files. */
export class FollowUpReader {
  private readonly lists: Record<Lang, LangLists>;

  constructor(resources: LanguageResources) {
    this.lists = Object.fromEntries(
      LANGS.map((lang) => {
        const { followUps, days } = resources[lang];
        const lists: LangLists = {
          more: new Set(norm(followUps.more)),
          ordinals: followUps.ordinals.map(norm),
          hours: norm(followUps.hours),
          ukraine: norm(followUps.ukraine),
          protection: norm(followUps.protection),
          // Longest first, so "the day after tomorrow" is not read as "tomorrow".
          relative: [
            { days: 2, phrases: norm(days.dayAfterTomorrow) },
            { days: 1, phrases: norm(days.tomorrow) },
            { days: 0, phrases: norm(days.today) },
          ],
          weekdays: WEEKDAYS.map((weekday) => ({ weekday, phrases: norm(days[weekday]) })),
        };
        return [lang, lists];
      }),
    ) as Record<Lang, LangLists>;
  }

  /**
   * The follow-up in `text`, or undefined when the message is something else. `today` is the
   * Stockholm calendar date (`YYYY-MM-DD`) that "tomorrow" and "on Saturday" count from.
   */
  read(text: string, lang: Lang, today: string): FollowUp | undefined {
    const normalized = foldPhrase(text);
    const tokens = phraseWords(normalized);
    if (tokens.length === 0 || tokens.length > MAX_FOLLOW_UP_WORDS) return undefined;
    const lists = this.lists[lang];
    if (lists.more.has(normalized)) return { kind: 'more' };
    const index = this.ordinal(normalized, lists);
    // A day word counts in a short message or an hours question; only then is one looked for
    // (the English date model is the costliest step of a turn).
    const asksHours = tokens.length <= 4 || lists.hours.some((w) => containsPhrase(normalized, w));
    const date = asksHours ? this.day(text, normalized, lang, today) : undefined;
    if (date !== undefined) {
      // "is the second one open on Monday?": an ordinal may stand in a longer hours question.
      return index === undefined ? { kind: 'day', date } : { kind: 'day', date, index };
    }
    return index === undefined || tokens.length > MAX_ORDINAL_WORDS
      ? undefined
      : { kind: 'office', index };
  }

  /**
   * True when the message says the person comes from Ukraine (`ukraine`), or names the
   * protection permit itself (`protection`).
   */
  mentions(text: string, lang: Lang, list: 'ukraine' | 'protection'): boolean {
    const normalized = foldPhrase(text);
    return this.lists[lang][list].some((w) => containsPhrase(normalized, w));
  }

  /**
   * The day an opening-hours question of any length asks about ("How do I apply…? Is the office
   * open on Saturday?"), for when no office list is shown yet.
   */
  dayAsked(text: string, lang: Lang, today: string): string | undefined {
    const normalized = foldPhrase(text);
    if (!this.lists[lang].hours.some((w) => containsPhrase(normalized, w))) return undefined;
    return this.day(text, normalized, lang, today);
  }

  /**
   * The message folded, with the list's phrases taken out: "I'm from Ukraine, how do I apply for
   * parental benefit?" → "i'm how do i apply for parental benefit".
   */
  without(text: string, lang: Lang, list: 'ukraine' | 'protection'): string {
    const longestFirst = [...this.lists[lang][list]].sort((a, b) => b.length - a.length);
    let out = ` ${foldPhrase(text)} `;
    for (const phrase of longestFirst) out = out.split(` ${phrase} `).join(' ');
    return out.trim();
  }

  /** True when the message names a day ("today", "on Saturday"): an hours question, not another. */
  namesDay(text: string, lang: Lang): boolean {
    const normalized = foldPhrase(text);
    const lists = this.lists[lang];
    return [...lists.relative, ...lists.weekdays].some(({ phrases }) =>
      phrases.some((p) => containsPhrase(normalized, p)),
    );
  }

  /** The place in a list a short reply points to ("2", "the second one"), counting from 0. */
  position(text: string, lang: Lang): number | undefined {
    const normalized = foldPhrase(text);
    if (phraseWords(normalized).length > MAX_ORDINAL_WORDS) return undefined;
    return this.ordinal(normalized, this.lists[lang]);
  }

  private ordinal(normalized: string, lists: LangLists): number | undefined {
    if (/^[1-9]$/.test(normalized)) return Number(normalized) - 1;
    const i = lists.ordinals.findIndex((forms) => forms.some((f) => containsPhrase(normalized, f)));
    return i === -1 ? undefined : i;
  }

  /** The date a day word points to: today, tomorrow, or the next such weekday (today counts). */
  private day(text: string, normalized: string, lang: Lang, today: string): string | undefined {
    if (lang === 'en' && MAY_NAME_A_DATE.test(text)) {
      const recognized = recognizedDate(text, today);
      if (recognized !== undefined) return recognized;
    }
    const lists = this.lists[lang];
    for (const { days, phrases } of lists.relative) {
      if (phrases.some((p) => containsPhrase(normalized, p))) return addDays(today, days);
    }
    for (const { weekday, phrases } of lists.weekdays) {
      if (phrases.some((p) => containsPhrase(normalized, p))) {
        let date = today;
        while (weekdayOf(date) !== weekday) date = addDays(date, 1);
        return date;
      }
    }
    return undefined;
  }
}

/**
 * What every English text the date model reads as a date holds: a digit ("the 5th", "12/12"), a
 * day, week, month or year word ("in two days", "mother's day"), a weekday or month name (as
 * written or cut short), an ordinal word ("the twenty third"), a part of the day, a holiday's name.
 * Without one the model finds no date, so it is not asked (1.5–5.6 ms a new short text).
 */
const MAY_NAME_A_DATE =
  /\d|day|week|month|year|night|morning|noon|evening|tomorrow|\beve\b|fortnight|christmas|xmas|thanksgiving|easter|halloween|valentine|hanukkah|\b(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|tieth/iu;

/**
 * English dates through recognizers-text, remembered per day and text: the English date model is
 * built anew on every call (about 10 ms, the costliest step of a short turn), and short replies
 * to an office list ("yes", "start over", "the first one") repeat from person to person. The
 * reading depends on nothing else.
 */
const englishDates = new BoundedMemo<string, string | undefined>(2000);

function recognizedDate(text: string, today: string): string | undefined {
  return englishDates.get(`${today}\n${text}`, () => readDate(text, today));
}

/** The first resolved date on or after today. */
function readDate(text: string, today: string): string | undefined {
  const [y, m, d] = today.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return undefined;
  const reference = new Date(y, m - 1, d, 12);
  for (const result of recognizeDateTime(text, Culture.English, undefined, reference)) {
    const values = (
      result.resolution as { values?: { type?: string; value?: string }[] } | undefined
    )?.values;
    const dates = (values ?? [])
      .filter((v) => v.type === 'date' && typeof v.value === 'string')
      .map((v) => v.value as string)
      .filter((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && v >= today)
      .sort();
    if (dates[0] !== undefined) return dates[0];
  }
  return undefined;
}
