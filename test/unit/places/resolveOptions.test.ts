// PlaceResolver.resolve's `suggest` option, and that remembered lookups give the same answers.
import { loadPlaceResolver, type PlaceResolver } from '../../../src/places';

let resolver: PlaceResolver;
beforeAll(() => {
  resolver = loadPlaceResolver();
});

describe('resolve(text, lang, { suggest: false })', () => {
  it.each([
    ['en', 'I live in Skåne'],
    ['sv', 'jag bor i Kirunna Norrbotten Skåneland'],
    ['uk', 'я живу в Сконе'],
  ] as const)('%s "%s": the same reading, without the suggestions', (lang, text) => {
    const full = resolver.resolve(text, lang);
    const quick = resolver.resolve(text, lang, { suggest: false });
    if (full.status !== 'notFound' || quick.status !== 'notFound') {
      expect(quick).toEqual(full);
      return;
    }
    expect(quick.suggestions).toEqual([]);
    expect(quick.reason).toBe(full.reason === 'unknownName' ? quick.reason : full.reason);
  });

  it('still finds places, typos included', () => {
    for (const text of ['Gamlestaden', 'Kirunaa', 'jag bor i Borås', 'Я живу в Кіруні', '412 63']) {
      expect(resolver.resolve(text, 'sv', { suggest: false })).toEqual(
        resolver.resolve(text, 'sv'),
      );
    }
  });

  it('offers suggestions by default and none when asked not to', () => {
    const full = resolver.resolve('I live in Skåne', 'en');
    const quick = resolver.resolve('I live in Skåne', 'en', { suggest: false });
    expect(full.status === 'notFound' && full.suggestions.length).toBeGreaterThan(0);
    expect(quick).toEqual({ status: 'notFound', reason: 'unknownName', suggestions: [] });
  });
});

describe('remembered lookups', () => {
  it.each([
    ['uk', 'Привіт, мені потрібна допомога з роботою'],
    ['uk', 'Я живу в Кіруні'],
    ['sv', 'Kirunaa'],
    ['en', 'I live in Skåne'],
    ['sv', 'Gamlestadn'],
  ] as const)('%s "%s" reads the same the second and third time', (lang, text) => {
    const first = resolver.resolve(text, lang);
    expect(resolver.resolve(text, lang)).toEqual(first);
    expect(resolver.resolve(text, lang)).toEqual(first);
  });
});
