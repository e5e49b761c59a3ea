/** The Stockholm wall clock read with one Intl reading per hour agrees with Intl at every instant. */
import { fromStockholm, toStockholm } from '../../../src/offices/stockholmTime';

const intl = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `YYYY-MM-DD HH:MM` on the Stockholm wall clock, straight from Intl. */
function expected(ms: number): string {
  const p = Object.fromEntries(intl.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

function read(ms: number): string {
  const t = toStockholm(new Date(ms));
  const hh = String(Math.floor(t.minutes / 60)).padStart(2, '0');
  const mm = String(t.minutes % 60).padStart(2, '0');
  return `${t.date} ${hh}:${mm}`;
}

describe('toStockholm', () => {
  it.each([
    ['the spring switch', Date.UTC(2026, 2, 29, 1)],
    ['the autumn switch', Date.UTC(2026, 9, 25, 1)],
    ['a switch in 1980, the first summer time since 1949', Date.UTC(1980, 3, 6, 1)],
  ])('agrees with Intl minute by minute around %s', (_name, switchMs) => {
    for (let ms = switchMs - 3 * 3_600_000; ms <= switchMs + 3 * 3_600_000; ms += 60_000 + 7) {
      expect(read(ms)).toBe(expected(ms));
    }
  });

  it('agrees with Intl over two years, and in the seconds before each hour', () => {
    const start = Date.UTC(2025, 0, 1);
    for (let ms = start; ms < start + 2 * 366 * 86_400_000; ms += 37 * 60_000 + 13_001) {
      expect(read(ms)).toBe(expected(ms));
      const beforeHour = Math.ceil(ms / 3_600_000) * 3_600_000 - 1;
      expect(read(beforeHour)).toBe(expected(beforeHour));
    }
  });

  it('still refuses an invalid date', () => {
    expect(() => toStockholm(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('turns a wall-clock time back into the instant, across the switches', () => {
    expect(fromStockholm('2026-03-29', '02:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(fromStockholm('2026-10-25', '02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(fromStockholm('2026-07-01', '09:00').toISOString()).toBe('2026-07-01T07:00:00.000Z');
  });
});
