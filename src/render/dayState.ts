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
