/** The shipped data file, the schema's precise errors, and reloads that keep the last good data. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  OFFICES_FILE,
  OfficeDataError,
  OfficeDirectory,
  OfficeFileWatcher,
  SWEDEN_BOUNDS,
  WEEKDAYS,
  parseOfficeData,
} from '../../../src/offices';

const rawText = readFileSync(OFFICES_FILE, 'utf8');
const fresh = (): { offices: Record<string, unknown>[] } & Record<string, unknown> =>
  JSON.parse(rawText) as { offices: Record<string, unknown>[] } & Record<string, unknown>;
const parsed = parseOfficeData(fresh());

function errorOf(raw: unknown): OfficeDataError {
  try {
    parseOfficeData(raw);
  } catch (e) {
    if (e instanceof OfficeDataError) return e;
    throw e;
  }
  throw new Error('expected the file to be rejected');
}

describe('data/offices.json', () => {
  it('has unique ids', () => {
    const ids = parsed.offices.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every office has a position inside Sweden, a precision and a source for it', () => {
    for (const o of parsed.offices) {
      expect(o.position.lat).toBeGreaterThanOrEqual(SWEDEN_BOUNDS.minLat);
      expect(o.position.lat).toBeLessThanOrEqual(SWEDEN_BOUNDS.maxLat);
      expect(o.position.lon).toBeGreaterThanOrEqual(SWEDEN_BOUNDS.minLon);
      expect(o.position.lon).toBeLessThanOrEqual(SWEDEN_BOUNDS.maxLon);
      expect(o.position.source.length).toBeGreaterThan(0);
    }
  });

  it('every office has at least one source URL', () => {
    for (const o of parsed.offices) {
      expect(o.sources.length).toBeGreaterThan(0);
      for (const s of o.sources) expect(s).toMatch(/^https?:\/\//);
    }
  });

  it('hours, where given, are valid: every day known or explicitly unknown, intervals ordered', () => {
    const withHours = parsed.offices.filter((o) => o.hours !== null);
    expect(withHours.length).toBeGreaterThan(5);
    for (const o of withHours) {
      for (const d of WEEKDAYS) {
        const h = o.hours!.weekly[d];
        if (h?.kind === 'open')
          for (const iv of h.intervals) expect(iv.opens < iv.closes).toBe(true);
      }
      expect(o.hours!.sources.length).toBeGreaterThan(0);
    }
  });

  it('Migrationsverket is set only where the sources tie it to the office', () => {
    const mig = parsed.offices
      .filter((o) => o.agencies.includes('migrationsverket'))
      .map((o) => o.id)
      .sort();
    expect(mig).toEqual(
      [
        'borlange',
        'kiruna',
        'lulea',
        'mariestad',
        'skelleftea',
        'sodertalje',
        'sundsvall',
        'umea',
        'vasteras',
        'visby',
      ].sort(),
    );
  });

  it('the office districts the shared gazetteer lacks are placed at district precision', () => {
    for (const id of [
      'gamlestaden',
      'backaplan',
      'odenplan',
      'varnhem',
      'mobilia',
      'skaggetorp',
      'vivalla',
    ]) {
      expect(parsed.offices.find((o) => o.id === id)?.position.precision).toBe('district');
    }
  });
});

describe('a broken copy fails with office, field and problem', () => {
  it('a position outside Sweden', () => {
    const raw = fresh();
    raw.offices[0]!.position = { ...(raw.offices[0]!.position as object), lat: 40 };
    const e = errorOf(raw);
    expect(e.problems).toEqual([
      { office: 'kista', field: 'position.lat', problem: 'latitude is south of Sweden' },
    ]);
    expect(e.message).toContain('office "kista": position.lat: latitude is south of Sweden');
  });

  it('a missing source list', () => {
    const raw = fresh();
    raw.offices[2]!.sources = [];
    expect(errorOf(raw).problems[0]).toMatchObject({ office: 'hallunda', field: 'sources' });
  });

  it('an interval that closes before it opens', () => {
    const raw = fresh();
    const h = raw.offices.find((o) => o.id === 'mjolby')!.hours as {
      weekly: Record<string, unknown>;
    };
    h.weekly.mon = { kind: 'open', intervals: [{ opens: '16:00', closes: '10:00' }] };
    expect(errorOf(raw).problems[0]).toEqual({
      office: 'mjolby',
      field: 'hours.weekly.mon.intervals.0',
      problem: 'opens must be before closes',
    });
  });

  it('a bad time and an unknown status, both reported', () => {
    const raw = fresh();
    const h = raw.offices.find((o) => o.id === 'mjolby')!.hours as {
      weekly: Record<string, unknown>;
    };
    h.weekly.tue = { kind: 'open', intervals: [{ opens: '25:00', closes: '26:00' }] };
    raw.offices.find((o) => o.id === 'visby')!.status = 'maybe';
    const fields = errorOf(raw).problems.map((p) => `${p.office ?? ''}:${p.field}`);
    expect(fields).toEqual(
      expect.arrayContaining(['mjolby:hours.weekly.tue.intervals.0.opens', 'visby:status']),
    );
  });

  it('a duplicate id', () => {
    const raw = fresh();
    raw.offices[1]!.id = 'kista';
    expect(errorOf(raw).problems).toEqual([
      { office: 'kista', field: 'id', problem: 'duplicate id' },
    ]);
  });

  it('an unknown agency', () => {
    const raw = fresh();
    raw.offices[0]!.agencies = ['skatteverket', 'nasa'];
    expect(errorOf(raw).problems[0]).toMatchObject({ office: 'kista', field: 'agencies.1' });
  });

  it('fromFile refuses a file that is not JSON, naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'offices-'));
    const path = join(dir, 'offices.json');
    writeFileSync(path, '{"schemaVersion": 1,');
    expect(() => OfficeDirectory.fromFile(path)).toThrow(OfficeDataError);
    expect(() => OfficeDirectory.fromFile(path)).toThrow(`${path} is not a valid office file`);
  });

  it('fromFile refuses a broken file, naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'offices-'));
    const path = join(dir, 'offices.json');
    const raw = fresh();
    delete raw.offices[0]!.county;
    writeFileSync(path, JSON.stringify(raw));
    expect(() => OfficeDirectory.fromFile(path)).toThrow(`${path} is not a valid office file`);
    expect(() => OfficeDirectory.fromFile(path)).toThrow('office "kista": county: Required');
  });
});

describe('reload keeps the last good data', () => {
  const point = { lat: 57.7283, lon: 12.0033 };
  const at = new Date('2026-11-25T11:00:00+01:00');

  it('a bad reload is refused, logged, and the old data answers on', () => {
    const logs: string[] = [];
    const dir = new OfficeDirectory(parsed, { log: (m) => logs.push(m) });
    const bad = fresh();
    bad.offices[0]!.position = { lat: 1, lon: 1 };
    const result = dir.reload(bad);
    expect(result.ok).toBe(false);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toContain('keeping the last good data');
    expect(logs[0]).toContain('office "kista"');
    expect(dir.nearest(point, { at })[0]?.office.id).toBe('gamlestaden');
    expect(dir.offices).toHaveLength(parsed.offices.length);
  });

  it('a good reload replaces the data', () => {
    const dir = new OfficeDirectory(parsed, { log: () => undefined });
    const smaller = fresh();
    smaller.offices = smaller.offices.filter((o) => o.id !== 'gamlestaden');
    expect(dir.reload(smaller)).toEqual({ ok: true, offices: parsed.offices.length - 1 });
    expect(dir.nearest(point, { at })[0]?.office.id).not.toBe('gamlestaden');
  });

  it('the watcher reloads on its signal; unreadable JSON keeps the old data', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'offices-'));
    const path = join(tmp, 'offices.json');
    writeFileSync(path, rawText);
    const logs: string[] = [];
    const dir = OfficeDirectory.fromFile(path, { log: (m) => logs.push(m) });
    const results: boolean[] = [];
    const watcher = new OfficeFileWatcher(dir, path, {
      signal: 'SIGUSR2',
      onReload: (r) => results.push(r.ok),
    });
    watcher.start();
    try {
      writeFileSync(path, '{ not json');
      process.emit('SIGUSR2', 'SIGUSR2');
      const good = fresh();
      good.offices = good.offices.slice(0, 5);
      writeFileSync(path, JSON.stringify(good));
      process.emit('SIGUSR2', 'SIGUSR2');
    } finally {
      watcher.stop();
    }
    expect(results).toEqual([false, true]);
    expect(logs[0]).toContain(path);
    expect(logs[0]).toContain('not valid JSON');
    expect(dir.offices).toHaveLength(5);
  });
});
