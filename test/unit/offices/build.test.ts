/** The data build: hours text, CSV reading, positions by precision, and the change list. */
import { parseCsv } from '../../../src/csv';
import { parseHoursText } from '../../../src/offices/build/hoursText';
import {
  OfficeDataBuilder,
  type Gazetteer,
  type OfficeSupplement,
} from '../../../src/offices/build/officeDataBuilder';
import { diffOfficeData } from '../../../src/offices/build/officeDiff';

describe('parseHoursText', () => {
  it('a day range with unknown times: those days open, the rest closed', () => {
    const r = parseHoursText('tue-fri');
    expect(r.weekly.mon).toEqual({ kind: 'closed' });
    expect(r.weekly.tue).toEqual({ kind: 'openTimesUnknown' });
    expect(r.weekly.sat).toEqual({ kind: 'closed' });
    expect(r.daysPerWeek).toBe(4);
  });

  it('a day list with clock times', () => {
    const r = parseHoursText('mon,wed,thu 10-15');
    expect(r.weekly.mon).toEqual({
      kind: 'open',
      intervals: [{ opens: '10:00', closes: '15:00' }],
    });
    expect(r.weekly.tue).toEqual({ kind: 'closed' });
    expect(r.daysPerWeek).toBe(3);
  });

  it('a count of days only settles no day', () => {
    const r = parseHoursText('3 days/week');
    expect(Object.values(r.weekly).every((d) => d === null)).toBe(true);
    expect(r.daysPerWeek).toBe(3);
  });

  it('times without days settle no day either', () => {
    const r = parseHoursText('10-16');
    expect(Object.values(r.weekly).every((d) => d === null)).toBe(true);
    expect(r.daysPerWeek).toBeNull();
  });

  it('an unknown format is an error, not a guess', () => {
    expect(() => parseHoursText('weekdays mornings')).toThrow('not in a known format');
    expect(() => parseHoursText('fri-mon')).toThrow('not understood');
  });
});

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and CRLF', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\r\n1,2\n').map((r) => r.fields)).toEqual([
      { a: 'x, y', b: 'say "hi"' },
      { a: '1', b: '2' },
    ]);
  });
});

const gazetteer: Gazetteer = {
  officeDistricts: [
    {
      name: 'Gamlestaden',
      municipality: 'Göteborg',
      lat: 57.7283,
      lon: 12.0033,
      source: 'https://sv.wikipedia.org/wiki/Gamlestaden',
    },
  ],
  districts: [
    {
      name: 'Kista',
      municipality: 'Stockholm',
      lat: 59.4015,
      lon: 17.94335,
      source: 'stockholm_stad',
    },
  ],
  localities: [
    {
      name: 'Mora',
      municipality: 'Mora',
      lat: 61.007,
      lon: 14.543,
      source: 'scb',
      population: 12854,
    },
    {
      name: 'Mora',
      municipality: 'Säter',
      lat: 60.4,
      lon: 15.6,
      source: 'geonames',
      population: 797,
    },
    {
      name: 'Göteborg',
      municipality: 'Göteborg',
      lat: 57.707,
      lon: 11.967,
      source: 'scb',
      population: 607882,
    },
  ],
  municipalities: [
    {
      name: 'Göteborg',
      municipality: 'Göteborg',
      seat: 'Göteborg',
      lat: 57.707,
      lon: 11.967,
      source: 'geonames',
    },
    {
      name: 'Haninge',
      municipality: 'Haninge',
      seat: 'Handen',
      lat: 59.168,
      lon: 18.138,
      source: 'geonames',
    },
    {
      name: 'Mora',
      municipality: 'Mora',
      seat: 'Mora',
      lat: 61.007,
      lon: 14.543,
      source: 'geonames',
    },
    {
      name: 'Stockholm',
      municipality: 'Stockholm',
      seat: 'Stockholm',
      lat: 59.329,
      lon: 18.069,
      source: 'geonames',
    },
  ],
};

const supplement: OfficeSupplement = {
  opened: [{ id: 'gamlestaden', date: '2022', source: 'https://example.org/opened' }],
  townFacts: [],
  remoteHelp: {
    sscPhone: '0771-451 000',
    officeFinderUrl: 'https://www.statenssc.se/besokservicekontor',
    sources: ['https://example.org/r29'],
  },
};

const AG = 'arbetsformedlingen;forsakringskassan;pensionsmyndigheten;skatteverket';
function row(
  id: string,
  name: string,
  municipality: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    id,
    name,
    municipality,
    county: 'Län',
    street: '',
    postal_code: '',
    postal_town: '',
    lat: '',
    lon: '',
    hours: '',
    agencies: AG,
    status: 'open',
    status_date: '2025-01-01',
    sources: 'https://example.org/s',
    ...extra,
  };
}

describe('OfficeDataBuilder', () => {
  const builder = new OfficeDataBuilder(gazetteer, supplement);

  it('places each office by the best point there is, and says which', () => {
    const { data, notes } = builder.build(
      [
        row('exact', 'Exact', 'Mora', { lat: '61.0', lon: '14.5', street: 'Gatan 1' }),
        row('gamlestaden', 'Gamlestaden', 'Göteborg'),
        row('kista', 'Kista', 'Stockholm'),
        row('mora', 'Mora', 'Mora'),
        row('goteborg-centrum', 'Göteborg centrum', 'Göteborg'),
        row('brandbergen', 'Brandbergen', 'Haninge'),
      ],
      '2026-11-25',
    );
    const at = Object.fromEntries(
      data.offices.map((o) => [o.id, [o.position.precision, o.position.place]]),
    );
    expect(at).toEqual({
      exact: ['address', 'Gatan 1'],
      gamlestaden: ['district', 'Gamlestaden'],
      kista: ['district', 'Kista'],
      mora: ['locality', 'Mora'],
      'goteborg-centrum': ['locality', 'Göteborg'],
      brandbergen: ['municipality', 'Haninge'],
    });
    expect(data.offices.find((o) => o.id === 'mora')?.position.lat).toBe(61.007); // Mora in Mora, not in Säter
    expect(notes.some((n) => n.startsWith('brandbergen'))).toBe(true);
    const g = data.offices.find((o) => o.id === 'gamlestaden')!;
    expect(g.opened).toBe('2022');
    expect(g.sources).toContain('https://example.org/opened');
  });

  it('a row it cannot use names the row, the office and the field', () => {
    expect(() =>
      builder.build([row('x', 'X', 'Mora', { hours: 'sometimes' })], '2026-11-25'),
    ).toThrow('row 2 (office "x"), field hours');
    expect(() =>
      builder.build([row('x', 'X', 'Mora', { agencies: 'nasa' })], '2026-11-25'),
    ).toThrow('unknown agency "nasa"');
  });

  it('the change list names added, closed, moved and re-houred offices', () => {
    const before = builder.build(
      [
        row('mora', 'Mora', 'Mora'),
        row('kista', 'Kista', 'Stockholm'),
        row('gone', 'Mora', 'Mora'),
      ],
      '2026-11-01',
    ).data;
    const after = builder.build(
      [
        row('mora', 'Mora', 'Mora', {
          status: 'closed',
          status_date: '2026-10-31',
          lat: '61.01',
          lon: '14.6',
          street: 'Ny gata 2',
          hours: 'mon-thu',
        }),
        row('kista', 'Kista', 'Stockholm'),
        row('new', 'Mora', 'Mora'),
      ],
      '2026-11-25',
    ).data;
    const changes = diffOfficeData(before, after).map((c) => `${c.kind}:${c.id}`);
    expect(changes).toEqual([
      'status:mora',
      'moved:mora',
      'hours:mora',
      'added:new',
      'removed:gone',
    ]);
    expect(diffOfficeData(after, after)).toEqual([]);
  });
});

describe('larger towns for the likely gaps', () => {
  const tatort = (name: string, population: number | null) => ({
    name,
    municipality: name,
    lat: 60,
    lon: 15,
    source: 'scb',
    population,
    kind: 'tatort',
  });
  const seat = (name: string) => ({
    seat: name,
    municipality: name,
    source: 'https://example.org/seats',
  });

  it('keeps tätorter of 5000 people or more and every county seat, largest first', () => {
    const b = new OfficeDataBuilder(
      {
        ...gazetteer,
        localities: [
          tatort('Small', 800),
          tatort('Big', 70_000),
          tatort('Seat', 4_000),
          { ...tatort('Postal', 90_000), kind: 'postort' },
          tatort('Mid', 5_000),
        ],
      },
      { ...supplement, countySeats: [seat('Seat')] },
    );
    const towns = b.build([], '2026-11-25').data.towns ?? [];
    expect(towns.map((t) => [t.name, t.countySeat])).toEqual([
      ['Big', false],
      ['Mid', false],
      ['Seat', true],
    ]);
  });

  it('a county seat that is not a tätort in the gazetteer stops the build', () => {
    const b = new OfficeDataBuilder(gazetteer, { ...supplement, countySeats: [seat('Nowhere')] });
    expect(() => b.build([], '2026-11-25')).toThrow(/county seat not found as a tätort: Nowhere/);
  });
});
