/** Opening hours with a frozen clock, computed in Europe/Stockholm whatever the process's time zone. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { HolidayCalendar, OpeningHours, fromStockholm, toStockholm } from '../../../src/offices';
import { hours, weekly } from './fixtures';

/** Runs tzProbe.ts in a fresh Node process with the given TZ and returns what it printed. */
function probe(tz: string): { localOffset: number; results: unknown[]; wall: string[] } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, 'tzProbe.ts')], {
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as { localOffset: number; results: unknown[]; wall: string[] };
}

const oh = new OpeningHours(new HolidayCalendar());
const standard = hours(); // mon–fri 10:00–16:00

describe('the machine time zone does not matter', () => {
  it('gives the same answers under TZ=America/New_York, Asia/Tokyo and UTC', () => {
    const ny = probe('America/New_York');
    const tokyo = probe('Asia/Tokyo');
    const utc = probe('UTC');
    // The probes really ran in different zones …
    expect([ny.localOffset, tokyo.localOffset, utc.localOffset]).toEqual([300, -540, 0]);
    // … and agree on every Stockholm answer, which are also the ones computed in this process.
    expect(tokyo.results).toEqual(ny.results);
    expect(utc.results).toEqual(ny.results);
    expect(ny.wall).toEqual(['2026-03-29T01:30:00.000Z', '2026-10-25T00:30:00.000Z']);
    expect(ny.results[2]).toMatchObject({ openNow: false, next: '2026-03-30T08:00:00.000Z' });
  });

  it('reads the Stockholm wall clock anyway, across both DST switches', () => {
    expect(toStockholm(new Date('2026-03-29T00:59:00Z'))).toMatchObject({
      date: '2026-03-29',
      minutes: 1 * 60 + 59,
    });
    expect(toStockholm(new Date('2026-03-29T01:00:00Z'))).toMatchObject({
      date: '2026-03-29',
      minutes: 3 * 60,
    });
    expect(toStockholm(new Date('2026-10-25T00:30:00Z'))).toMatchObject({ minutes: 2 * 60 + 30 });
    expect(toStockholm(new Date('2026-10-25T01:30:00Z'))).toMatchObject({ minutes: 2 * 60 + 30 });
    expect(toStockholm(new Date('2026-10-25T02:30:00Z'))).toMatchObject({ minutes: 3 * 60 + 30 });
  });

  it('turns a Stockholm wall-clock time into the right instant in winter and summer', () => {
    expect(fromStockholm('2026-01-12', '10:00').toISOString()).toBe('2026-01-12T09:00:00.000Z');
    expect(fromStockholm('2026-07-13', '10:00').toISOString()).toBe('2026-07-13T08:00:00.000Z');
    // 02:30 does not exist on the spring switch day: the first instant after the gap.
    expect(fromStockholm('2026-03-29', '02:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // 02:30 happens twice on the autumn switch day: the earlier one.
    expect(fromStockholm('2026-10-25', '02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });
});

describe('OpeningHours.at', () => {
  it('weekday inside the hours: open, closes at 16:00', () => {
    const r = oh.at(standard, new Date('2026-01-12T10:30:00+01:00'));
    expect(r.openNow).toBe(true);
    expect(r.closesAt?.clock).toBe('16:00');
    expect(r.closesAt?.at.toISOString()).toBe('2026-01-12T15:00:00.000Z');
    expect(r.nextOpening).toBeNull();
  });

  it('weekday before opening: closed, opens 10:00 the same day', () => {
    const r = oh.at(standard, new Date('2026-01-12T08:15:00+01:00'));
    expect(r.openNow).toBe(false);
    expect(r.nextOpening).toMatchObject({ date: '2026-01-12', opens: '10:00' });
  });

  it('at closing time it is closed', () => {
    expect(oh.at(standard, new Date('2026-01-12T16:00:00+01:00')).openNow).toBe(false);
  });

  it('Friday evening: opens Monday 10:00', () => {
    const r = oh.at(standard, new Date('2026-01-16T18:00:00+01:00'));
    expect(r.openNow).toBe(false);
    expect(r.nextOpening).toMatchObject({ date: '2026-01-19', weekday: 'mon', opens: '10:00' });
  });

  it('weekend: closed, opens Monday', () => {
    const r = oh.at(standard, new Date('2026-01-17T12:00:00+01:00'));
    expect(r.openNow).toBe(false);
    expect(r.today.hours).toEqual({ kind: 'closed' });
    expect(r.nextOpening?.weekday).toBe('mon');
  });

  it('a public holiday on a weekday is closed, and says which holiday', () => {
    const r = oh.at(standard, new Date('2026-01-06T11:00:00+01:00')); // trettondedag jul, Tuesday
    expect(r.openNow).toBe(false);
    expect(r.today).toMatchObject({ reason: 'holiday', holidayName: 'trettondedag jul' });
    expect(r.nextOpening).toMatchObject({ date: '2026-01-07', opens: '10:00' });
  });

  it('eves are closed: midsommarafton and julafton', () => {
    expect(oh.at(standard, new Date('2026-06-19T11:00:00+02:00')).today).toMatchObject({
      reason: 'eve',
      holidayName: 'midsommarafton',
      hours: { kind: 'closed' },
    });
    expect(oh.onDate(standard, '2026-12-24')).toMatchObject({
      reason: 'eve',
      hours: { kind: 'closed' },
    });
  });

  it('the evening before Christmas Eve: next opening skips the eve, the holidays and the weekend', () => {
    const r = oh.at(standard, new Date('2026-12-23T17:00:00+01:00'));
    expect(r.openNow).toBe(false);
    expect(r.nextOpening).toMatchObject({ date: '2026-12-28', weekday: 'mon', opens: '10:00' });
    expect(r.nextOpening?.at?.toISOString()).toBe('2026-12-28T09:00:00.000Z');
  });

  it('a half-day eve (valborgsmässoafton) leaves the hours unknown rather than guessing', () => {
    const r = oh.at(standard, new Date('2026-04-30T14:00:00+02:00'));
    expect(r.openNow).toBeNull();
    expect(r.today).toMatchObject({
      reason: 'halfDayEve',
      holidayName: 'valborgsmässoafton',
      hours: null,
    });
  });

  it('annandag pingst is no longer a public holiday: ordinary hours', () => {
    expect(oh.onDate(standard, '2026-05-25')).toMatchObject({
      reason: 'weekly',
      hours: { kind: 'open' },
    });
  });

  it('spring DST switch: Friday evening in CET → Monday 10:00 CEST (08:00 UTC)', () => {
    const r = oh.at(standard, new Date('2026-03-27T17:00:00+01:00'));
    expect(r.nextOpening?.at?.toISOString()).toBe('2026-03-30T08:00:00.000Z');
  });

  it('autumn DST switch: Friday evening in CEST → Monday 10:00 CET (09:00 UTC)', () => {
    const r = oh.at(standard, new Date('2026-10-23T17:00:00+02:00'));
    expect(r.nextOpening?.at?.toISOString()).toBe('2026-10-26T09:00:00.000Z');
  });

  it('the hours read right on the first summer-time Monday', () => {
    const r = oh.at(standard, new Date('2026-03-30T08:30:00Z')); // 10:30 CEST
    expect(r.openNow).toBe(true);
    expect(r.closesAt?.at.toISOString()).toBe('2026-03-30T14:00:00.000Z');
  });

  it('a four-day week (closed Mondays): Monday closed, opens Tuesday', () => {
    const fourDays = hours({
      weekly: weekly(['tue', 'wed', 'thu', 'fri'], [['10:00', '16:00']]),
      daysPerWeek: 4,
    });
    const r = oh.at(fourDays, new Date('2026-01-12T11:00:00+01:00'));
    expect(r.openNow).toBe(false);
    expect(r.today.hours).toEqual({ kind: 'closed' });
    expect(r.nextOpening).toMatchObject({ date: '2026-01-13', weekday: 'tue', opens: '10:00' });
  });

  it('an exception day replaces the weekly hours', () => {
    const h = hours({
      exceptions: [
        {
          date: '2026-01-14',
          hours: { kind: 'open', intervals: [{ opens: '12:00', closes: '14:00' }] },
          source: 'https://example.org/x',
        },
      ],
    });
    const before = oh.at(h, new Date('2026-01-14T11:00:00+01:00'));
    expect(before.openNow).toBe(false);
    expect(before.today.reason).toBe('exception');
    expect(before.nextOpening).toMatchObject({ date: '2026-01-14', opens: '12:00' });
    expect(oh.at(h, new Date('2026-01-14T13:00:00+01:00')).closesAt?.clock).toBe('14:00');
  });

  it('an exception can open a public holiday', () => {
    const h = hours({
      exceptions: [
        {
          date: '2026-01-06',
          hours: { kind: 'open', intervals: [{ opens: '10:00', closes: '14:00' }] },
          source: 'https://example.org/x',
        },
      ],
    });
    expect(oh.at(h, new Date('2026-01-06T11:00:00+01:00')).openNow).toBe(true);
  });

  it('data saying the office keeps its hours on holidays wins over the calendar', () => {
    const h = hours({ openOnHolidays: true });
    expect(oh.at(h, new Date('2026-01-06T11:00:00+01:00')).openNow).toBe(true);
  });

  it('unknown hours stay unknown: openNow null, no next opening', () => {
    const r = oh.at(null, new Date('2026-01-12T11:00:00+01:00'));
    expect(r.openNow).toBeNull();
    expect(r.today).toMatchObject({ hours: null, reason: 'unknown' });
    expect(r.nextOpening).toBeNull();
    expect(r.closesAt).toBeNull();
  });

  it('unknown hours on a public holiday: closed by the calendar', () => {
    expect(oh.at(null, new Date('2026-12-25T11:00:00+01:00')).openNow).toBe(false);
  });

  it('open days with unknown times: openNow null on an open day, false on a closed one', () => {
    const h = hours({ weekly: weekly(['tue', 'wed', 'thu', 'fri'], null), text: 'tue-fri' });
    expect(oh.at(h, new Date('2026-01-13T11:00:00+01:00')).openNow).toBeNull();
    const monday = oh.at(h, new Date('2026-01-12T11:00:00+01:00'));
    expect(monday.openNow).toBe(false);
    expect(monday.nextOpening).toEqual({
      date: '2026-01-13',
      weekday: 'tue',
      opens: null,
      at: null,
    });
  });

  it('days per week only ("3 days/week"): every day unknown', () => {
    const h = hours({ weekly: weekly([], null), daysPerWeek: 3, text: '3 days/week' });
    const unknown = {
      ...h,
      weekly: Object.fromEntries(Object.keys(h.weekly).map((k) => [k, null])) as typeof h.weekly,
    };
    expect(oh.at(unknown, new Date('2026-01-13T11:00:00+01:00')).openNow).toBeNull();
  });
});

describe('OpeningHours.week', () => {
  it('gives Monday to Sunday of the week with the holiday applied', () => {
    const days = oh.week(standard, '2026-01-08'); // Thursday; Tuesday the 6th is a holiday
    expect(days.map((d) => d.date)).toEqual([
      '2026-01-05',
      '2026-01-06',
      '2026-01-07',
      '2026-01-08',
      '2026-01-09',
      '2026-01-10',
      '2026-01-11',
    ]);
    // Monday the 5th is trettondagsafton, a half-day eve: its hours are not known.
    expect(days.map((d) => d.hours?.kind ?? null)).toEqual([
      null,
      'closed',
      'open',
      'open',
      'open',
      'closed',
      'closed',
    ]);
    expect(days[0]?.reason).toBe('halfDayEve');
    expect(days[1]?.reason).toBe('holiday');
  });
});
