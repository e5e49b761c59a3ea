/** The words for a day without opening times, shared by the text and the speech renderer. */
import type { DayHours } from '../offices';

/**
 * What is known of a day that has no opening times to give: nothing (`unknown`), `closed`, or
 * open at times not known. The suffix of the `officeDetail.*` and `officeHours.*` keys.
 */
export function dayState(hours: DayHours | null): 'unknown' | 'closed' | 'openTimesUnknown' {
  if (hours === null) return 'unknown';
  return hours.kind === 'closed' ? 'closed' : 'openTimesUnknown';
}

/**
 * A week whose open days are known but none of their times: said as "I know which days it is
 * open, but not the times", then the days, not "hours not known" before a list of hours.
 */
export function daysOnly(days: readonly { hours: DayHours | null }[]): boolean {
  const states = days.map((d) =>
    d.hours?.kind === 'open' && d.hours.intervals.length > 0 ? 'times' : dayState(d.hours),
  );
  return !states.includes('times') && states.includes('openTimesUnknown');
}
