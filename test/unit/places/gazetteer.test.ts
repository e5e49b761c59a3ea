// Gazetteer and resolver behaviour on a tiny hand-made gazetteer built in one line.
import {
  Gazetteer,
  PlaceResolver,
  loadPlaceResources,
  type GazetteerData,
} from '../../../src/places';

const data: GazetteerData = {
  version: 1,
  municipalities: [
    ['1480', 'Göteborg', 'Västra Götalands län', 57.7, 11.97],
    ['2161', 'Ljusdal', 'Gävleborgs län', 61.83, 16.09],
    ['0580', 'Linköping', 'Östergötlands län', 58.41, 15.62],
  ],
  places: [
    ['Göteborg', 'l', 0, 57.70716, 11.96679, 607882, ['Gothenburg', 'Гетеборг']],
    ['Berg', 'l', 1, 61.9, 16.1, 300, []],
    ['Berg', 'l', 2, 58.4, 15.6, 1229, []],
    ['Lund', 'l', 2, 58.3, 15.5, 90000, []],
    ['Lund', 'l', 1, 61.8, 16.0, 200, []],
    ['Hjällbo', 'd', 0, 57.77, 12.022, 0, []],
    ['Hjälbo', 'l', 1, 61.9, 16.0, 40, []],
    ['Västra Frölunda', 'l', 0, 57.65, 11.91, 15924, []],
    ['Frölunda', 'l', 1, 61.7, 16.2, 30, []],
    ['Bergsby', 'l', 2, 58.35, 15.55, 50, []],
  ],
  postalTowns: [['Göteborg', 0, 57.70716, 11.96679, '4126341502']],
};
const resources = loadPlaceResources();
const build = (extra: ConstructorParameters<typeof Gazetteer>[1] = []): PlaceResolver =>
  new PlaceResolver(new Gazetteer(data, extra), resources);

it('indexes names, aliases, transliterations and postal codes', () => {
  const g = new Gazetteer(data);
  expect(g.latin.get('goteborg')).toEqual([{ id: 0, alias: false }]);
  expect(g.latin.get('gothenburg')).toEqual([{ id: 0, alias: true }]);
  expect(g.latin.get('geteborg')).toEqual([{ id: 0, alias: true }]);
  expect(g.cyrillic.get('гетеборг')).toEqual([{ id: 0, alias: true }]);
  expect(g.postal.get('41502')).toBe(0);
});

it('takes the likeliest of a shared name and offers the others', () => {
  const r = build().resolve('Berg', 'sv');
  if (r.status !== 'found') throw new Error(r.status);
  expect(r.match.municipality).toBe('Linköping');
  expect(r.match.others?.map((c) => c.municipality)).toEqual(['Ljusdal']);
});

it('between places of like size, takes the one nearer an office', () => {
  const twins: GazetteerData = {
    ...data,
    places: [...data.places, ['Hjälbo', 'l', 2, 58.4, 15.6, 40, []]],
  };
  const pick = (point: { lat: number; lon: number }): string | undefined => {
    const r = new PlaceResolver(new Gazetteer(twins), resources, [point]).resolve('Hjälbo', 'sv');
    return r.status === 'found' ? r.match.municipality : r.status;
  };
  expect(pick({ lat: 61.9, lon: 16.0 })).toBe('Ljusdal');
  expect(pick({ lat: 58.4, lon: 15.6 })).toBe('Linköping');
});

it('offers a far small place reached only by a loose spelling as a suggestion', () => {
  // "Hjalbo" without dots reads as the hamlet Hjälbo, 470 km from Hjällbo in Göteborg.
  const r = build().resolve('Hjalbo', 'sv');
  if (r.status !== 'notFound') throw new Error(r.status);
  expect(r.reason).toBe('unknownName');
  expect(r.suggestions.map((s) => s.name)).toEqual(['Hjällbo', 'Hjälbo']);
  // Written as the hamlet's own name, it is the answer.
  const asWritten = build().resolve('Hjälbo', 'sv');
  expect(asWritten.status === 'found' && asWritten.match.name).toBe('Hjälbo');
});

it('offers a far hamlet that shares a word of a known place beside that place', () => {
  const r = build().resolve('Frölunda', 'sv');
  if (r.status !== 'notFound') throw new Error(r.status);
  expect(r.suggestions.map((s) => s.name)).toEqual(['Västra Frölunda', 'Frölunda']);
});

it('answers a small place near a known place of a like name', () => {
  // A hamlet Frölunda 2 km from Västra Frölunda: the offices are the same either way.
  const near: GazetteerData = {
    ...data,
    places: [...data.places, ['Frölunda', 'l', 0, 57.66, 11.93, 30, []]],
  };
  const r = new PlaceResolver(new Gazetteer(near), resources).resolve('Frölunda', 'sv');
  expect(r.status === 'found' && [r.match.name, r.match.municipality]).toEqual([
    'Frölunda',
    'Göteborg',
  ]);
});

it('offers a misspelling that reads only as a hamlet, with no known place of a like name near, as a suggestion', () => {
  // "Bergsbyy" is one letter from the hamlet Bergsby (50 people): more likely a place we do not know.
  const r = build().resolve('Bergsbyy', 'sv');
  expect(r.status === 'notFound' && r.suggestions.map((s) => s.name)).toEqual(['Bergsby']);
  // Written as the hamlet's name, it is the answer.
  const asWritten = build().resolve('Bergsby', 'sv');
  expect(asWritten.status === 'found' && asWritten.match.name).toBe('Bergsby');
});

it('takes a name one place dominates by population as found, a little less sure', () => {
  const r = build().resolve('Lund', 'sv');
  if (r.status !== 'found') throw new Error(r.status);
  expect(r.match.municipality).toBe('Linköping');
  expect(r.match.confidence).toBeLessThan(1);
});

it('adds districts from the addition files, with their own point', () => {
  const r = build([
    {
      name: 'Gamlestaden',
      municipality: 'Göteborg',
      lat: 57.7283,
      lon: 12.0033,
      source: 'test',
      precision: 'source',
    },
  ]).resolve('jag bor i Gamlestaden', 'sv');
  if (r.status !== 'found') throw new Error(r.status);
  expect(r.match).toMatchObject({
    kind: 'district',
    name: 'Gamlestaden',
    point: { lat: 57.7283, lon: 12.0033 },
  });
});

it('rejects an addition in an unknown municipality', () => {
  expect(
    () =>
      new Gazetteer(data, [
        { name: 'X', municipality: 'Atlantis', lat: 57, lon: 12, source: 's', precision: 'source' },
      ]),
  ).toThrow(/Atlantis/u);
});

it('never names a shared location by an estimated point', () => {
  const near = { lat: 57.7283, lon: 12.0033 };
  const district = { name: 'Gamlestaden', municipality: 'Göteborg', ...near, source: 't' };
  const named = (precision: 'source' | 'estimate'): string | undefined =>
    new Gazetteer(data, [{ ...district, precision }]).nearest(near)?.entry.name;
  expect(named('source')).toBe('Gamlestaden');
  expect(named('estimate')).toBe('Göteborg');
});

/** The tiny gazetteer with parts of Göteborg and their namesakes elsewhere. */
const town: GazetteerData = {
  ...data,
  places: [
    ...data.places,
    ['Sandeby', 'd', 0, 57.75, 12.0, 0, []],
    ['Sandaby', 'l', 1, 61.95, 16.2, 700, []],
    ['Tallaby', 'l', 1, 61.92, 16.15, 700, []],
    ['Talleby', 'l', 2, 58.38, 15.58, 650, []],
    ['Norrholmen', 'l', 0, 57.72, 11.95, 0, []],
    ['Norrholmen', 'l', 1, 61.85, 16.05, 400, []],
    ['Ödeby', 'l', 0, 58.2, 11.5, 0, []],
    ['Ödeby', 'l', 2, 58.39, 15.61, 300, []],
    ['Arlöv', 'l', 2, 58.45, 15.65, 9000, []],
    ['Ärla', 'l', 1, 61.7, 16.1, 900, []],
    ['Hisingen', 'd', 0, 57.73, 11.9, 0, ['Хісінген']],
    ['Haga', 'd', 2, 58.42, 15.63, 0, []],
    ['Haga', 'd', 0, 57.699, 11.957, 0, []],
  ],
};
const inTown = (text: string, lang: 'sv' | 'en' | 'uk' = 'sv') =>
  new PlaceResolver(new Gazetteer(town), resources).resolve(text, lang);
const nameOf = (r: ReturnType<typeof inTown>): string =>
  r.status === 'found' ? `${r.match.name} (${r.match.municipality})` : r.status;

describe('a misspelling one edit from two places', () => {
  it.each([
    ['sv', 'Sandby'],
    ['sv', 'jag bor i Sandby'],
    ['en', 'I live in Sandby'],
  ] as const)('%s "%s" is the part of a big town, not the village elsewhere', (lang, text) => {
    expect(nameOf(inTown(text, lang))).toBe('Sandeby (Göteborg)');
  });

  it('asks when the two are tied: like places of like size', () => {
    const r = inTown('Tallby');
    if (r.status !== 'notFound') throw new Error(nameOf(r));
    expect(r.suggestions.map((s) => s.name).sort()).toEqual(['Tallaby', 'Talleby']);
  });
});

describe('a place of unknown size near the seat of a big town', () => {
  it('is a part of that town: likelier than a village of the name, and never a far small place', () => {
    const r = inTown('Norrholmen');
    expect(nameOf(r)).toBe('Norrholmen (Göteborg)');
    expect(r.status === 'found' && r.match.others?.map((o) => o.municipality)).toEqual(['Ljusdal']);
    expect(nameOf(inTown('Norrholmn'))).toBe('Norrholmen (Göteborg)');
  });

  it('is not when it lies far out in the municipality', () => {
    expect(nameOf(inTown('Ödeby'))).toBe('Ödeby (Linköping)');
  });
});

describe('Ukrainian case endings before loose readings', () => {
  it.each([
    ['в Арльові', 'Arlöv (Linköping)'],
    ['Арльов', 'Arlöv (Linköping)'],
    ['я живу в Арльові', 'Arlöv (Linköping)'],
  ])('"%s" takes the least off the word: %s', (text, place) => {
    expect(nameOf(inTown(text, 'uk'))).toBe(place);
  });

  it('reads no misspelling into a stem of three letters', () => {
    // "Луні" less its ending is "Лун": a typo of Lund from that would be a guess.
    expect(inTown('у Луні', 'uk').status).toBe('notFound');
  });
});

describe("the person's own spelling in its dictionary form", () => {
  it.each([
    ['на Хісінгені', 'Хісінген'],
    ['Хісінген', 'Хісінген'],
    ['у Гетеборзі', 'Гетеборг'],
  ])('"%s" is kept as %s', (text, spelling) => {
    const r = inTown(text, 'uk');
    expect(r.status === 'found' && r.match.spelling).toBe(spelling);
  });

  it.each([
    ['uk', 'в Арльові'],
    ['sv', 'på Hisingen'],
    ['en', 'Gothenburg'],
  ] as const)('%s "%s" keeps none: there is no Cyrillic dictionary form to show', (lang, text) => {
    const r = inTown(text, lang);
    expect(r.status === 'found' && r.match.spelling).toBeUndefined();
  });
});

it("between two districts of one name, takes the bigger town's and offers the other", () => {
  // Even when the smaller town's is the nearer to an office.
  const office = [{ lat: 58.42, lon: 15.63 }];
  const r = new PlaceResolver(new Gazetteer(town), resources, office).resolve('Haga', 'sv');
  expect(nameOf(r)).toBe('Haga (Göteborg)');
  expect(r.status === 'found' && r.match.others?.map((o) => o.municipality)).toEqual(['Linköping']);
});

describe('a postal code of a postal town named after a district', () => {
  const postal: GazetteerData = {
    ...data,
    postalTowns: [...data.postalTowns, ['Angered', 0, 57.78, 12.1, '42435']],
  };
  const near = { lat: 57.7283, lon: 12.0033 };
  const read = (precision: 'source' | 'estimate') =>
    new PlaceResolver(
      new Gazetteer(postal, [
        { name: 'Angered', municipality: 'Göteborg', ...near, source: 't', precision },
      ]),
      resources,
    ).resolve('424 35', 'sv');

  it("stands at the district's published point, not the postal data's rough one", () => {
    const r = read('source');
    expect(r.status === 'found' && [r.match.point, r.match.geoPrecision]).toEqual([
      near,
      'district',
    ]);
  });

  it('keeps the postal point where the district point is our own estimate', () => {
    const r = read('estimate');
    expect(r.status === 'found' && r.match.point).toEqual({ lat: 57.78, lon: 12.1 });
  });
});
