/** Dates as precise as their sources (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`): first and last day of each. */
import { addDays } from './stockholmTime';
import type { PartialDate } from './types';

/** True when the date names a single day. */
export function isFullDate(d: PartialDate): boolean {
  return d.length === 10;
}

/** The first calendar day the partial date can mean. */
export function periodStart(d: PartialDate): string {
  if (d.length === 4) return `${d}-01-01`;
  if (d.length === 7) return `${d}-01`;
  return d;
}

/** The last calendar day the partial date can mean. */
export function periodEnd(d: PartialDate): string {
  if (d.length === 4) return `${d}-12-31`;
  if (d.length === 7) {
    const [y, m] = d.split('-').map(Number);
    const next =
      (m ?? 12) === 12
        ? `${(y ?? 0) + 1}-01-01`
        : `${y}-${String((m ?? 0) + 1).padStart(2, '0')}-01`;
    return addDays(next, -1);
  }
  return d;
}

/** A calendar date `months` months before `date` (day clamped to the month's end). */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = (y ?? 0) * 12 + ((m ?? 1) - 1) - months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = Number(periodEnd(`${ny}-${String(nm).padStart(2, '0')}`).slice(8));
  return `${ny}-${String(nm).padStart(2, '0')}-${String(Math.min(d ?? 1, last)).padStart(2, '0')}`;
}
