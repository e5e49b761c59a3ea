// What people say when asked where they live, town by town (district-checklist.tsv): each
// district, suburb, housing area and island resolves to its municipality when said with it, and
// in the four largest urban areas is never "not found" on its own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGazetteer, PlaceResolver, loadPlaceResources } from '../../../src/places';
import { isCorrect, type DevCase } from './devSet';

const gazetteer = loadGazetteer();
const resolver = new PlaceResolver(gazetteer, loadPlaceResources());
const BIG_AREAS = new Set(['Stockholm', 'Göteborg', 'Malmö', 'Uppsala']);

const rows = readFileSync(join(__dirname, 'district-checklist.tsv'), 'utf8')
  .split('\n')
  .slice(1)
  .filter((line) => line.trim() !== '')
  .map((line) => line.split('\t') as [string, string, string]);

describe.each([...new Set(rows.map(([area]) => area))])('the %s area', (area) => {
  const districts = rows.filter(([a]) => a === area).map(([, m, name]) => [name, m] as const);

  it.each(districts)('%s, %s', (name, municipality) => {
    const query = `${name}, ${municipality}`;
    const r = resolver.resolve(query, 'sv');
    const row: DevCase = {
      lang: 'sv',
      style: 'with-city',
      query,
      expect: 'found',
      name,
      municipality,
    };
    expect(isCorrect(row, r, gazetteer) || r).toBe(true);
    if (!BIG_AREAS.has(area)) return;
    for (const text of [name, `jag bor i ${name}`, `I live in ${name}`]) {
      expect(resolver.resolve(text, text.startsWith('I ') ? 'en' : 'sv').status).toBe('found');
    }
  });
});
