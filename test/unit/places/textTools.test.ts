// CSV, district additions and shared-location parsing.
import { parseCsv } from '../../../src/csv';
import { parseDistrictAdditions } from '../../../src/places/districtAdditions';
import { parseCoordinateText, parseSharedLocation } from '../../../src/places/sharedLocation';

it('parses quoted CSV fields and reports bad rows by line', () => {
  expect(parseCsv('a,b\n"x, y","say ""hi"""\n').map((r) => r.fields)).toEqual([
    { a: 'x, y', b: 'say "hi"' },
  ]);
  expect(() => parseCsv('a,b\n1\n')).toThrow(/line 2/u);
});

it('validates district additions with file, line and field', () => {
  const head = 'name,city,municipality,lat,lon,source\n';
  expect(
    parseDistrictAdditions(`${head}Kista,Stockholm,Stockholm,59.40,17.94,https://x\n`, 'f.csv'),
  ).toHaveLength(1);
  expect(() =>
    parseDistrictAdditions(`${head}Kista,Stockholm,Stockholm,48.1,17.94,https://x\n`, 'f.csv'),
  ).toThrow(/f\.csv:2: field "lat"/u);
  expect(() =>
    parseDistrictAdditions(`${head}Kista,Stockholm,Stockholm,59.4,17.94,\n`, 'f.csv'),
  ).toThrow(/source/u);
});

it('reads coordinates from text with dot or comma decimals, and not from other numbers', () => {
  expect(parseCoordinateText('at 57.72, 12.01 now')?.point).toEqual({ lat: 57.72, lon: 12.01 });
  expect(parseCoordinateText('57,72 12,01')?.point).toEqual({ lat: 57.72, lon: 12.01 });
  expect(parseCoordinateText('412 63')).toBeNull();
  expect(parseCoordinateText('version 2.1')).toBeNull();
});

it('reads browser positions and rejects out-of-range values', () => {
  expect(parseSharedLocation({ coords: { latitude: 57.7, longitude: 11.9 } })).toEqual({
    lat: 57.7,
    lon: 11.9,
  });
  expect(parseSharedLocation({ latitude: 123, longitude: 11 })).toBeNull();
  expect(parseSharedLocation(null)).toBeNull();
});
