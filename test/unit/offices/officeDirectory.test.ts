/** OfficeDirectory: status over time, nearest, agency filter, ties, far, stale, look-up, town facts. */
import { OFFICES_FILE, OfficeDirectory, rankKm, type Office } from '../../../src/offices';
import { data, hours, office } from './fixtures';

const real = OfficeDirectory.fromFile(OFFICES_FILE);
const AT = new Date('2026-11-25T11:00:00+01:00');
const at = (lat: number, lon: number): Office['position'] => ({
  lat,
  lon,
  precision: 'locality',
  place: 'Göteborg',
  source: 'test',
});

describe('nearest on the real dataset', () => {
  it.each([
    ['Gamlestaden', { lat: 57.7283, lon: 12.0033 }, 'gamlestaden'],
    ['Kiruna', { lat: 67.8557, lon: 20.2251 }, 'kiruna'],
    ['Visby', { lat: 57.6409, lon: 18.296 }, 'visby'],
    ['Storuman', { lat: 65.0959, lon: 17.1173 }, 'storuman'],
    ['Kista', { lat: 59.4032, lon: 17.9448 }, 'kista'],
  ])('%s gives the office there first', (_name, point, id) => {
    const [first] = real.nearest(point, { at: AT });
    expect(first?.office.id).toBe(id);
    expect(first?.distanceKm).toBeLessThan(1.5);
  });

  it('returns offices nearest first with their distance (old ones ranked by rankKm)', () => {
    const list = real.nearest({ lat: 57.72, lon: 12.01 }, { at: AT, limit: 10 });
    expect(list).toHaveLength(10);
    const km = list.map((m) => rankKm(m.distanceKm, m.old));
    expect([...km].sort((a, b) => a - b)).toEqual(km);
  });

  it('lists an office confirmed over five years ago after newer ones at a similar distance', () => {
    const dir = new OfficeDirectory(
      data([
        office('old', { confirmed: '2008-03-06', position: at(57.7, 11.97) }),
        office('newer', { confirmed: '2022-06-27', position: at(57.706, 11.97) }),
        office('far-newer', { confirmed: '2025-01-01', position: at(58.5, 11.97) }),
      ]),
    );
    const list = dir.nearest({ lat: 57.7, lon: 11.97 }, { at: AT });
    expect(list.map((m) => [m.office.id, m.old])).toEqual([
      ['newer', false],
      ['old', true],
      ['far-newer', false],
    ]);
    // By distance alone when asked (what "nearest first" would be).
    expect(
      dir.nearest({ lat: 57.7, lon: 11.97 }, { at: AT, byDistance: true }).map((m) => m.office.id),
    ).toEqual(['old', 'newer', 'far-newer']);
    const strict = new OfficeDirectory(data([office('old', { confirmed: '2022-06-27' })]), {
      oldAfterYears: 3,
    });
    expect(strict.nearest({ lat: 57.7, lon: 11.97 }, { at: AT })[0]?.old).toBe(true);
  });

  it('an old office clearly nearer (more than 1 km or 15 %) stays before a newer one', () => {
    const dir = new OfficeDirectory(
      data([
        office('old', { confirmed: '2008-03-06', position: at(57.7, 11.97) }),
        office('newer', { confirmed: '2022-06-27', position: at(57.72, 11.97) }),
        office('old-24', { confirmed: '2008-03-06', position: at(58.0, 13.0) }),
      ]),
    );
    // 0 km old vs 2.2 km newer: the old office first.
    expect(dir.nearest({ lat: 57.7, lon: 11.97 }, { at: AT })[0]?.office.id).toBe('old');
    expect(rankKm(0.2, true)).toBe(1.2);
    expect(rankKm(24, true)).toBeCloseTo(27.6);
    expect(rankKm(24, true)).toBeLessThan(34);
    expect(rankKm(4.7, true)).toBeLessThan(6.1);
    expect(rankKm(5, false)).toBe(5);
  });

  it('never returns an office that is closed or planned at the time asked about', () => {
    const points = [];
    for (let lat = 55.5; lat <= 68; lat += 1.5)
      for (let lon = 11.5; lon <= 23; lon += 1.5) points.push({ lat, lon });
    for (const p of points) {
      for (const m of real.nearest(p, { at: AT, limit: 200 })) {
        expect(['open', 'closing']).toContain(m.office.status);
        expect(real.stateAt(m.office, AT).status).not.toBe('closed');
      }
    }
    const ids = real
      .nearest({ lat: 59.65, lon: 12.58 }, { at: AT, limit: 200 })
      .map((m) => m.office.id);
    expect(ids).not.toContain('arvika');
    expect(ids).not.toContain('rinkeby');
  });

  it('the agency filter keeps only offices that serve the agency', () => {
    const list = real.nearest(
      { lat: 57.72, lon: 12.01 },
      { at: AT, agency: 'migrationsverket', limit: 20 },
    );
    expect(list.length).toBeGreaterThan(3);
    for (const m of list) expect(m.office.agencies).toContain('migrationsverket');
    expect(list[0]?.office.id).toBe('mariestad');
    expect(list[0]?.far).toBe(true);
  });

  it('reports unknown hours as null, never as closed or open', () => {
    const [gamlestaden] = real.nearest({ lat: 57.7283, lon: 12.0033 }, { at: AT });
    expect(gamlestaden?.office.hours).toBeNull();
    expect(gamlestaden?.openNow).toBeNull();
    expect(gamlestaden?.precision).toBe('district');
  });
});

describe('status over time', () => {
  const arvika = real.byId('arvika')!;

  it('Arvika before its last day is offered with that last day; after it, never', () => {
    const before = new Date('2025-05-20T12:00:00+02:00');
    const m = real.nearest(arvika.position, { at: before })[0];
    expect(m?.office.id).toBe('arvika');
    expect(m?.status).toBe('closing');
    expect(m?.closingOn).toBe('2025-05-30');
    expect(real.stateAt(arvika, new Date('2025-05-31T09:00:00+02:00')).status).toBe('closed');
  });

  const closing = (statusDate: string | null): Office =>
    office('c', { status: 'closing', statusDate, confirmed: '2026-01-10' });

  it('a closing date within 30 days is given as closingOn; further off it is not', () => {
    const dir = new OfficeDirectory(data([closing('2026-12-10')]));
    expect(dir.nearest({ lat: 57.7, lon: 11.97 }, { at: AT })[0]).toMatchObject({
      status: 'closing',
      closingOn: '2026-12-10',
    });
    expect(
      dir.nearest({ lat: 57.7, lon: 11.97 }, { at: new Date('2026-10-01T12:00:00+02:00') })[0],
    ).toMatchObject({
      status: 'closing',
      closingOn: null,
      announcedClosing: '2026-12-10',
    });
    expect(
      dir.nearest({ lat: 57.7, lon: 11.97 }, { at: new Date('2026-12-11T12:00:00+01:00') }),
    ).toEqual([]);
  });

  it('the closing-soon window is configurable', () => {
    const dir = new OfficeDirectory(data([closing('2026-12-10')]), { closingSoonDays: 10 });
    expect(dir.nearest({ lat: 57.7, lon: 11.97 }, { at: AT })[0]?.closingOn).toBeNull();
  });

  it('a closing known only to the year is offered during that year without a day, and gone after it', () => {
    const dir = new OfficeDirectory(data([closing('2026')]));
    expect(dir.nearest({ lat: 57.7, lon: 11.97 }, { at: AT })[0]).toMatchObject({
      status: 'closing',
      closingOn: null,
    });
    expect(
      dir.nearest({ lat: 57.7, lon: 11.97 }, { at: new Date('2027-01-02T12:00:00+01:00') }),
    ).toEqual([]);
  });

  it('a closure known only to the year counts from the start of that year', () => {
    const dir = new OfficeDirectory(data([office('p', { status: 'closed', statusDate: '2025' })]));
    expect(
      dir.nearest({ lat: 57.7, lon: 11.97 }, { at: new Date('2025-03-01T12:00:00+01:00') }),
    ).toEqual([]);
  });

  it('a planned office is never offered, and one not yet opened is not offered before its opening', () => {
    const dir = new OfficeDirectory(
      data([
        office('planned', { status: 'planned', agencies: [] }),
        office('new', { opened: '2026-12-01' }),
      ]),
    );
    expect(dir.nearest({ lat: 57.7, lon: 11.97 }, { at: AT })).toEqual([]);
    expect(
      dir
        .nearest({ lat: 57.7, lon: 11.97 }, { at: new Date('2026-12-01T12:00:00+01:00') })
        .map((m) => m.office.id),
    ).toEqual(['new']);
  });
});

describe('ties, limit, far and stale', () => {
  const same = {
    lat: 57.7,
    lon: 11.97,
    precision: 'locality' as const,
    place: 'Göteborg',
    source: 'test',
  };

  it('ties are broken by id, whatever the file order', () => {
    const a = new OfficeDirectory(
      data([
        office('b', { position: same }),
        office('a', { position: same }),
        office('c', { position: same }),
      ]),
    );
    const b = new OfficeDirectory(
      data([
        office('c', { position: same }),
        office('a', { position: same }),
        office('b', { position: same }),
      ]),
    );
    const ids = (d: OfficeDirectory): string[] =>
      d.nearest({ lat: 57.8, lon: 12 }, { at: AT }).map((m) => m.office.id);
    expect(ids(a)).toEqual(['a', 'b', 'c']);
    expect(ids(b)).toEqual(['a', 'b', 'c']);
  });

  it('limit caps the list', () => {
    const dir = new OfficeDirectory(data([office('a'), office('b'), office('c')]));
    expect(dir.nearest({ lat: 57.7, lon: 11.97 }, { at: AT, limit: 2 })).toHaveLength(2);
  });

  it('far is over 50 km by default and configurable', () => {
    const dir = new OfficeDirectory(data([office('a')]));
    const at60km = { lat: 57.7 + 60 / 111.2, lon: 11.97 };
    expect(dir.nearest(at60km, { at: AT })[0]?.far).toBe(true);
    expect(dir.nearest({ lat: 57.75, lon: 11.97 }, { at: AT })[0]?.far).toBe(false);
    expect(
      new OfficeDirectory(data([office('a')]), { farKm: 100 }).nearest(at60km, { at: AT })[0]?.far,
    ).toBe(false);
    expect(dir.isFar(50.1)).toBe(true);
    expect(dir.isFar(50)).toBe(false);
  });

  it('an office confirmed more than 24 months ago, or never with a date, is stale; the age is configurable', () => {
    const dir = new OfficeDirectory(
      data([
        office('old', { confirmed: '2024-10' }),
        office('fresh', { confirmed: '2025-06-01' }),
        office('undated', { confirmed: null }),
      ]),
    );
    const stale = Object.fromEntries(
      dir.nearest({ lat: 57.7, lon: 11.97 }, { at: AT }).map((m) => [m.office.id, m.stale]),
    );
    expect(stale).toEqual({ old: true, fresh: false, undated: true });
    const lenient = new OfficeDirectory(data([office('old', { confirmed: '2024-10' })]), {
      staleAfterMonths: 36,
    });
    expect(lenient.nearest({ lat: 57.7, lon: 11.97 }, { at: AT })[0]?.stale).toBe(false);
  });

  it('carries the hours at the moment: open now and closes at', () => {
    const dir = new OfficeDirectory(data([office('a', { hours: hours() })]));
    const [m] = dir.nearest(
      { lat: 57.7, lon: 11.97 },
      { at: new Date('2026-11-25T11:00:00+01:00') },
    );
    expect(m).toMatchObject({ openNow: true, closesAt: { clock: '16:00' } });
  });
});

describe('look-up by name or town', () => {
  it('"Arvika" is found, closed, with the nearest open offices instead', () => {
    const r = real.lookup('Arvika', { at: AT });
    expect(r.matches.map((m) => [m.office.id, m.state.status, m.state.lastDay])).toEqual([
      ['arvika', 'closed', '2025-05-30'],
    ]);
    expect(r.alternatives.length).toBeGreaterThan(0);
    expect(r.alternatives.map((m) => m.office.id)).not.toContain('arvika');
    expect(r.alternatives[0]?.office.id).toBe('torsby');
  });

  it('matches without diacritics or case, by district place and by town', () => {
    expect(real.lookup('gamlestaden', { at: AT }).matches[0]?.office.id).toBe('gamlestaden');
    const gbg = real.lookup('GOTEBORG', { at: AT });
    expect(gbg.matches.map((m) => m.office.id)).toEqual(
      expect.arrayContaining([
        'gamlestaden',
        'backaplan',
        'angered',
        'goteborg-centrum',
        'biskopsgarden',
      ]),
    );
    expect(gbg.alternatives).toEqual([]);
  });

  it('an open office gives no alternatives; nothing found gives nothing', () => {
    expect(real.lookup('Kiruna', { at: AT }).alternatives).toEqual([]);
    expect(real.lookup('Atlantis', { at: AT })).toEqual({
      matches: [],
      alternatives: [],
      townFacts: [],
    });
  });
});

describe('town facts', () => {
  it('Migrationsverket bookings are a fact about Göteborg, not about one office', () => {
    const facts = real.townFacts('Göteborg', 'migrationsverket');
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ town: 'Göteborg', kind: 'migrationsverket-booking' });
    expect(real.byId('gamlestaden')?.agencies).not.toContain('migrationsverket');
  });

  it('near a point, towns with such a fact within the far threshold are listed', () => {
    const near = real.townFactsNear(
      { lat: 57.72, lon: 12.01 },
      { agency: 'migrationsverket', at: AT },
    );
    expect(near.map((n) => n.fact.town)).toEqual(['Göteborg']);
    expect(
      real.townFactsNear({ lat: 67.85, lon: 20.22 }, { agency: 'migrationsverket', at: AT }),
    ).toEqual([]);
  });

  it('a look-up of the town carries its facts', () => {
    expect(real.lookup('Malmö', { at: AT }).townFacts.map((f) => f.kind)).toContain(
      'migrationsverket-booking',
    );
  });
});

describe('hours questions', () => {
  const dir = new OfficeDirectory(data([office('a', { hours: hours() })]));
  const a = dir.byId('a')!;

  it('Saturday is closed', () => {
    expect(dir.hoursOn(a, '2026-11-28')).toMatchObject({
      weekday: 'sat',
      hours: { kind: 'closed' },
    });
  });

  it('the week runs Monday to Sunday', () => {
    expect(dir.weekHours(a, AT).map((d) => d.weekday)).toEqual([
      'mon',
      'tue',
      'wed',
      'thu',
      'fri',
      'sat',
      'sun',
    ]);
  });

  it('hours on a given date apply the holiday calendar', () => {
    expect(dir.hoursOn(a, '2026-12-25')).toMatchObject({
      reason: 'holiday',
      hours: { kind: 'closed' },
    });
  });

  it('the real Odenplan office is closed on Mondays (four-day week)', () => {
    const odenplan = real.byId('odenplan')!;
    const week = real.weekHours(odenplan, AT);
    expect(week.find((d) => d.weekday === 'mon')?.hours).toEqual({ kind: 'closed' });
    expect(week.find((d) => d.weekday === 'tue')?.hours).toEqual({ kind: 'openTimesUnknown' });
  });
});

describe('likely gaps in our list (larger towns with no office of ours near)', () => {
  const town = (
    name: string,
    lat: number,
    lon: number,
    population: number | null,
    countySeat = false,
  ) => ({
    name,
    municipality: name,
    lat,
    lon,
    population,
    countySeat,
    source: 'test',
  });
  // An office in "Here" (57.70, 11.97); "Big" 0.5° of latitude north (about 56 km), "Seat" a
  // small county seat beside it, "Small" a village alone far away.
  const towns = [
    town('Here', 57.7, 11.97, 500_000),
    town('Big', 58.2, 11.97, 60_000),
    town('Mid', 58.2, 12.5, 9_000),
    town('Seat', 59.0, 11.97, 8_000, true),
  ];
  const dir = (options = {}) =>
    new OfficeDirectory(data([office('here', { position: at(57.7, 11.97) })], { towns }), options);

  it('a larger town with no office within the gap distance is a gap; a town with one is not', () => {
    expect(dir().likelyGap({ lat: 58.2, lon: 11.97 }, AT)?.town.name).toBe('Big');
    expect(dir().likelyGap({ lat: 57.7, lon: 11.97 }, AT)).toBeUndefined();
  });

  it('a place a few km from the larger town gets the town; a small village far from any gets none', () => {
    expect(dir().likelyGap({ lat: 58.25, lon: 11.97 }, AT)?.town.name).toBe('Big'); // 5.6 km
    expect(dir().likelyGap({ lat: 63.0, lon: 16.0 }, AT)).toBeUndefined();
  });

  it('the population threshold and the gap distance are settings; every county seat counts', () => {
    expect(dir().likelyGap({ lat: 58.2, lon: 12.5 }, AT)).toBeUndefined();
    expect(dir({ gapPopulation: 5000 }).likelyGap({ lat: 58.2, lon: 12.5 }, AT)?.town.name).toBe(
      'Mid',
    );
    expect(dir().likelyGap({ lat: 59.0, lon: 11.97 }, AT)?.town.name).toBe('Seat');
    expect(dir({ gapKm: 60 }).likelyGap({ lat: 58.2, lon: 11.97 }, AT)).toBeUndefined();
    expect(
      dir()
        .likelyGaps(AT)
        .map((g) => g.town.name),
    ).toEqual(['Big', 'Seat']);
  });

  it('a town whose office our list knows has closed is not a gap: the office is gone', () => {
    const closed = new OfficeDirectory(
      data(
        [
          office('here', { position: at(57.7, 11.97) }),
          office('big', { position: at(58.2, 11.97), status: 'closed', statusDate: '2025-05-30' }),
        ],
        { towns },
      ),
    );
    expect(closed.likelyGap({ lat: 58.2, lon: 11.97 }, AT)).toBeUndefined();
  });

  it('on the real list: Gävle and Karlstad are gaps, Göteborg and Umeå are not', () => {
    const names = real.likelyGaps(AT).map((g) => g.town.name);
    expect(names).toEqual(expect.arrayContaining(['Gävle', 'Karlstad']));
    expect(names).not.toEqual(expect.arrayContaining(['Göteborg']));
    expect(names).not.toContain('Umeå');
    expect(names).not.toContain('Landskrona'); // its office closed in 2025
  });
});
