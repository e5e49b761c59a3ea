// Table tests of PlaceResolver over the shipped gazetteer, in Swedish, English and Ukrainian.
import type { Lang } from '../../../src/languages';
import {
  loadPlaceResolver,
  type PlaceMatch,
  type PlaceResolution,
  type PlaceResolver,
} from '../../../src/places';

let resolver: PlaceResolver;
beforeAll(() => {
  resolver = loadPlaceResolver();
});

function found(r: PlaceResolution): PlaceMatch {
  if (r.status !== 'found')
    throw new Error(`expected found, got ${JSON.stringify(r).slice(0, 200)}`);
  return r.match;
}

describe.each<[Lang, string, string, string, string]>([
  // lang, text, name, municipality, kind
  ['sv', 'Gamlestaden', 'Gamlestaden', 'Göteborg', 'district'],
  ['sv', 'Biskopsgården', 'Biskopsgården', 'Göteborg', 'district'],
  ['sv', 'Rosengård', 'Rosengård', 'Malmö', 'district'],
  ['sv', 'Kiruna', 'Kiruna', 'Kiruna', 'locality'],
  ['sv', 'Åsele', 'Åsele', 'Åsele', 'locality'],
  ['sv', 'jag bor i Borås', 'Borås', 'Borås', 'locality'],
  ['sv', 'Göteborgs', 'Göteborg', 'Göteborg', 'locality'],
  ['sv', 'Stockholms', 'Stockholm', 'Stockholm', 'locality'],
  ['sv', 'Orebro', 'Örebro', 'Örebro', 'locality'],
  ['sv', 'Gotland', 'Gotland', 'Gotland', 'municipality'],
  ['en', "I'm near Kista", 'Kista', 'Stockholm', 'locality'],
  ['en', 'Gothenburg', 'Göteborg', 'Göteborg', 'locality'],
  ['en', 'Gotheburg', 'Göteborg', 'Göteborg', 'locality'],
  ['en', 'Malmo', 'Malmö', 'Malmö', 'locality'],
  ['en', 'Jonkoping', 'Jönköping', 'Jönköping', 'locality'],
  ['en', 'Malmoe', 'Malmö', 'Malmö', 'locality'],
  ['en', 'I live in Åre', 'Åre', 'Åre', 'locality'],
  ['uk', 'я живу в Умео', 'Umeå', 'Umeå', 'locality'],
  ['uk', 'Гетеборг', 'Göteborg', 'Göteborg', 'locality'],
  ['uk', 'у Гетеборзі', 'Göteborg', 'Göteborg', 'locality'],
  ['uk', 'в Стокгольмі', 'Stockholm', 'Stockholm', 'locality'],
  ['uk', 'біля Мальме', 'Malmö', 'Malmö', 'locality'],
  ['uk', 'Мальмё', 'Malmö', 'Malmö', 'locality'],
  ['uk', 'з Уппсали', 'Uppsala', 'Uppsala', 'locality'],
  ['uk', 'Geteborg', 'Göteborg', 'Göteborg', 'locality'],
  ['uk', 'Кіста', 'Kista', 'Stockholm', 'locality'],
])('names (%s) "%s"', (lang, text, name, municipality, kind) => {
  it(`is ${name} in ${municipality}`, () => {
    const m = found(resolver.resolve(text, lang));
    expect([m.name, m.municipality, m.kind]).toEqual([name, municipality, kind]);
    expect(m.confidence).toBeGreaterThanOrEqual(0.5);
    expect(m.confidence).toBeLessThanOrEqual(1);
  });
});

it('reports the span of the place inside a sentence', () => {
  const r = resolver.resolve('jag bor i Borås sedan i år', 'sv');
  if (r.status !== 'found') throw new Error(r.status);
  expect(r.match.span).toEqual({ start: 10, end: 15, text: 'Borås' });
});

it('trusts a name alone more than one inside a sentence, and an exact name more than a typo', () => {
  const alone = found(resolver.resolve('Kista', 'en')).confidence;
  const inSentence = found(resolver.resolve('Kista is where we live', 'en')).confidence;
  const typo = found(resolver.resolve('Kistq', 'en')).confidence;
  expect(alone).toBeGreaterThan(inSentence);
  expect(alone).toBeGreaterThan(typo);
  // Fillers say nothing: among them the name is still the answer alone.
  expect(found(resolver.resolve('I think Kista', 'en')).confidence).toBe(alone);
});

describe.each<[Lang, string]>([
  ['sv', '41263'],
  ['sv', '412 63'],
  ['sv', 'SE-412 63'],
  ['sv', 'fyra ett två sex tre'],
  ['sv', 'fyrahundratolv sextiotre'],
  ['en', 'my postcode is 412 63'],
  ['en', 'four one two six three'],
  ['en', 'four hundred twelve sixty three'],
  ['uk', 'чотири один два шість три'],
  ['uk', 'чотириста дванадцять шістдесят три'],
])('postal code (%s) "%s"', (lang, text) => {
  it('is 41263 in Göteborg, at the postal town point', () => {
    const r = resolver.resolve(text, lang);
    if (r.status !== 'found') throw new Error(r.status);
    expect(r.match).toMatchObject({
      kind: 'postalCode',
      postalCode: '41263',
      municipality: 'Göteborg',
      geoPrecision: 'locality',
    });
  });
});

it('says an unknown postal code with no single town is unknown, with the towns of its prefix', () => {
  const r = resolver.resolve('00000', 'sv');
  expect(r).toEqual({ status: 'notFound', reason: 'unknownPostalCode', suggestions: [] });
});

describe.each<[Lang, string, string]>([
  ['sv', 'Alvik', 'Stockholm'],
  ['sv', 'jag bor i Berg', 'Berg'],
  ['en', 'Husby', 'Stockholm'],
  ['uk', 'Alvik', 'Stockholm'],
])('a shared name (%s) "%s"', (lang, text, municipality) => {
  it('takes the likeliest place and offers the others, each once', () => {
    const match = found(resolver.resolve(text, lang));
    expect(match.municipality).toBe(municipality);
    expect(match.confidence).toBeGreaterThanOrEqual(0.5);
    expect(match.confidence).toBeLessThan(0.9);
    const others = match.others ?? [];
    expect(others.length).toBeGreaterThan(0);
    const places = [match, ...others].map((c) => `${c.name}/${c.municipality}`);
    expect(new Set(places).size).toBe(places.length);
  });
});

it('takes the town, not the hamlets, and says nothing of them when the town is far larger', () => {
  const match = found(resolver.resolve('Lund', 'sv'));
  expect(match.municipality).toBe('Lund');
  expect(match.others).toBeUndefined();
});

it('narrows an ambiguous name by the municipality named with it', () => {
  expect(found(resolver.resolve('Alvik i Luleå', 'sv')).municipality).toBe('Luleå');
  // Both names are the place, read together (the rest of the message is what else was said).
  expect(found(resolver.resolve('Alvik (Luleå)', 'sv')).span?.text).toBe('Alvik (Luleå');
  expect(found(resolver.resolve('Husby, Stockholm', 'en')).municipality).toBe('Stockholm');
});

describe.each<[Lang, string]>([
  ['sv', 'föräldrapenning'],
  ['sv', 'Jag vill ansöka om föräldrapenning'],
  ['sv', 'jag har förlorat mitt jobb'],
  ['en', 'I lost my job'],
  ['en', 'pension'],
  ['en', 'We are getting divorced'],
  ['uk', 'я втратив роботу'],
  ['uk', 'пенсія'],
  ['uk', 'мені потрібна допомога з податками'],
  ['en', 'I moved here from Kyiv'],
  ['uk', 'в мене проблеми з банком'],
  // A yes with 'gärna' was read as Järna, and 'i förra veckan' as Forsa (user test 5).
  ['sv', 'Ja gärna.'],
  ['sv', 'Min pappa dog i förra veckan'],
  ['sv', 'Det hände i förra månaden'],
])('a matter, not a place (%s) "%s"', (lang, text) => {
  it('is not found', () => {
    expect(resolver.resolve(text, lang).status).toBe('notFound');
  });
});

// A recogniser writes no capitals: a town whose name is also a word ("lund", "sala", "nora") after
// a preposition is still the town; with capitals the capital decides, as before (a caseless message).
describe.each<[Lang, string, string | null]>([
  ['sv', 'jag bor i lund', 'Lund'],
  ['sv', 'min mamma bor i sala', 'Sala'],
  ['sv', 'vi flyttade till nora i fjol', 'Nora'],
  ['sv', 'jag vill vara i fred', null],
  ['sv', 'han tog pengarna och gick', null],
  ['en', 'we live in vara', 'Vara'],
  // A sentence's first word is capitalised anyway: a loose reading of it is no name ("Куди" is
  // "where to", not Kode by sound), unless it is the whole sentence.
  ['uk', 'Мені потрібен номер. Куди йти?', null],
  ['uk', 'Я отримала лист. Кому дзвонити?', null],
  ['uk', 'Добрий день. Шиста.', 'Kista'],
  ['uk', 'Добрий день. Я живу в Шисті.', 'Kista'],
])('a town without capitals, a sentence opening (%s) "%s"', (lang, text, name) => {
  it(`is ${name ?? 'no place'}`, () => {
    const r = resolver.resolve(text, lang);
    expect(r.status === 'found' ? r.match.name : null).toBe(name);
  });
});

// Words of time read like names: "våras" is Vara with a genitive s, "torsdags" one edit from
// Torsås, "sunday" Sundby, "в неділю" Nydala, "у літі" Lit. With i/in/у/в, alone or in a sentence.
describe.each<[Lang, string]>([
  ['sv', 'Jag flyttade hit i våras'],
  ['sv', 'i våras'],
  ['sv', 'Vi var där i torsdags'],
  ['sv', 'i sommaren var det stängt'],
  ['sv', 'i vintras'],
  ['sv', 'höstas'],
  ['en', 'my wife died on a sunday in spring'],
  ['en', 'in sunday'],
  ['en', 'I came here last winter'],
  ['uk', 'я приїхала в неділю'],
  ['uk', 'у середу мені відмовили'],
  ['uk', 'у літі'],
  ['uk', 'зранку у травні'],
])('a time, not a place (%s) "%s"', (lang, text) => {
  it('is no place and offers none', () => {
    expect(resolver.resolve(text, lang)).toEqual({
      status: 'notFound',
      reason: 'noPlace',
      suggestions: [],
    });
  });
});

describe.each<[Lang, string, string]>([
  ['sv', 'Jag flyttade till Vara i våras', 'Vara'],
  ['sv', 'i torsdags i Torsås', 'Torsås'],
  ['en', 'I moved to Sundbyberg last sunday', 'Sundbyberg'],
  ['uk', 'в неділю я переїхала в Кісту', 'Kista'],
])('a place beside a time (%s) "%s"', (lang, text, name) => {
  it(`is ${name}`, () => {
    expect(found(resolver.resolve(text, lang)).name).toBe(name);
  });
});

it('offers close names for an unknown place after a preposition', () => {
  const r = resolver.resolve('I live in Skåne', 'en');
  if (r.status !== 'notFound') throw new Error(r.status);
  expect(r.reason).toBe('unknownName');
  expect(r.suggestions.length).toBeGreaterThan(0);
});

it('reads coordinates typed in a message as a coordinates match', () => {
  const r = resolver.resolve('57.72, 12.01', 'sv');
  if (r.status !== 'found') throw new Error(r.status);
  expect(r.match).toMatchObject({
    kind: 'coordinates',
    point: { lat: 57.72, lon: 12.01 },
    municipality: 'Göteborg',
    geoPrecision: 'point',
  });
});

describe('fromSharedLocation', () => {
  it.each<[string, unknown]>([
    ['Web Chat event value', { latitude: 59.4033, longitude: 17.9447 }],
    [
      'Place entity',
      { type: 'Place', geo: { type: 'GeoCoordinates', latitude: 59.4033, longitude: 17.9447 } },
    ],
    [
      'GeoCoordinates entity',
      { type: 'GeoCoordinates', latitude: '59.4033', longitude: '17.9447' },
    ],
    [
      'activity entities',
      [{ type: 'clientInfo' }, { type: 'Place', geo: { latitude: 59.4033, longitude: 17.9447 } }],
    ],
    ['lat/lon', { lat: 59.4033, lon: 17.9447 }],
    ['text', '59.4033, 17.9447'],
  ])('reads a %s near Kista', (_label, value) => {
    const r = resolver.fromSharedLocation(value);
    if (r.status !== 'found') throw new Error(r.status);
    expect(r.match.kind).toBe('coordinates');
    expect(r.match.municipality).toBe('Stockholm');
    expect(r.match.distanceKm).toBeLessThan(3);
  });

  it('rejects points outside Sweden and values without a point', () => {
    expect(resolver.fromSharedLocation({ latitude: 50.45, longitude: 30.52 })).toMatchObject({
      reason: 'outsideSweden',
    });
    expect(resolver.fromSharedLocation({ latitude: 'x' })).toMatchObject({
      status: 'notFound',
      reason: 'noPlace',
    });
  });
});

it('reads the Swedish preposition "i" in Swedish but not the English pronoun "I" in English', () => {
  expect(resolver.resolve('I Moheda', 'sv').status).toBe('found');
  expect(resolver.resolve('I moved here', 'en').status).toBe('notFound');
});

describe("a person's name with a surname that is also a place", () => {
  it.each<[Lang, string]>([
    ['sv', 'Maja Lund'],
    ['sv', 'Erik Berg'],
    ['sv', 'Lisa Sala'],
    ['sv', 'Emma Mora'],
    ['sv', 'Elsa Maria Boden'],
    ['en', 'Emily Boden'],
    ['en', 'john boden'],
    ['uk', 'Олена Лунд'],
    ['uk', 'Ірина Берг'],
    ['uk', 'Я Оксана Мора'],
    ['uk', 'Iryna Lund'],
  ])('%s "%s" is a person, no place', (lang, text) => {
    expect(resolver.resolve(text, lang).status).toBe('notFound');
  });

  it.each<[Lang, string, string]>([
    ['sv', 'Lund', 'Lund'],
    ['sv', 'Maja, jag bor i Lund', 'Lund'],
    ['en', 'Emily from Boden', 'Boden'],
    ['en', 'boden', 'Boden'],
    ['uk', 'Я Олена, живу в Лунді', 'Lund'],
    ['sv', 'Åsa Kungsbacka', 'Åsa'],
    ['sv', 'Karl Gustav', 'Karl Gustav'],
  ])('%s "%s" still names the place: %s', (lang, text, name) => {
    expect(found(resolver.resolve(text, lang)).name).toBe(name);
  });

  it('a given name in lower case before another word in a sentence is no name', () => {
    expect(found(resolver.resolve('we live near mark boden', 'en')).name).toBe('Boden');
  });
});

it('reads no one name across a comma, and of two parts of one town the one said last', () => {
  expect(resolver.resolve('Maja, Lund', 'sv')).not.toMatchObject({ match: { name: 'Annelund' } });
  expect(found(resolver.resolve('på Hisingen, i Biskopsgården', 'sv')).name).toBe('Biskopsgården');
});
