// The dev set (devset.tsv) as a test: at least 95 % per language and no place on a matter sentence.
import { LANGS } from '../../../src/languages';
import { loadGazetteer, loadPlaceResolver } from '../../../src/places';
import { isCorrect, readDevSet } from './devSet';

const cases = readDevSet();
const resolver = loadPlaceResolver();

it('has at least 150 queries across the three languages', () => {
  expect(cases.length).toBeGreaterThanOrEqual(150);
  for (const lang of LANGS)
    expect(cases.filter((c) => c.lang === lang).length).toBeGreaterThanOrEqual(40);
});

it.each(LANGS)('resolves at least 95 %% of the %s queries', (lang) => {
  const mine = cases.filter((c) => c.lang === lang);
  const ok = mine.filter((c) => isCorrect(c, resolver.resolve(c.query, c.lang))).length;
  expect(ok / mine.length).toBeGreaterThanOrEqual(0.95);
});

it('finds no place in any matter sentence', () => {
  const matters = cases.filter((c) => c.expect === 'none');
  expect(matters.length).toBeGreaterThanOrEqual(30);
  const wrong = matters
    .filter((c) => resolver.resolve(c.query, c.lang).status !== 'notFound')
    .map((c) => c.query);
  expect(wrong).toEqual([]);
});

it('scores a place the gazetteer knows by the expected name as that place, and no other', () => {
  // "Frölunda" is the short form of Västra Frölunda: one place, two names, not a miss.
  const gazetteer = loadGazetteer();
  const row = (name: string, municipality = 'Göteborg') => ({
    lang: 'sv' as const,
    style: 'with-city',
    query: `${name} i ${municipality}`,
    expect: 'found' as const,
    name,
    municipality,
  });
  const r = resolver.resolve('Västra Frölunda', 'sv');
  expect(isCorrect(row('Frölunda'), r, gazetteer)).toBe(true);
  expect(isCorrect(row('Frölunda'), r)).toBe(false);
  expect(isCorrect(row('Västra Frölunda'), r, gazetteer)).toBe(true);
  expect(isCorrect(row('Tuve'), r, gazetteer)).toBe(false);
  expect(isCorrect(row('Frölunda', 'Ljusdal'), r, gazetteer)).toBe(false);
});
