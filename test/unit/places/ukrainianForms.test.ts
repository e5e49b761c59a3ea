// Ukrainian forms of Swedish place names: cases undone and matched by sound, Latin typing with h
// for g, and a district said before its town, both declined. Own examples, not blind-set lines.
import { loadPlaceResolver } from '../../../src/places';
import { fromUkrainianLatin } from '../../../src/places/soundKey';

const resolver = loadPlaceResolver();

function read(text: string): string {
  const r = resolver.resolve(text, 'uk');
  return r.status === 'found' ? `${r.match.name}, ${r.match.municipality}` : r.status;
}

describe('a district first in the sentence, then its town, both in the locative', () => {
  it.each([
    ['Ліндгольмен у Гетеборзі', 'Lindholmen, Göteborg'],
    ['Шерторп у Стокгольмі', 'Kärrtorp, Stockholm'],
  ])('%s → %s (the district, in that town)', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it('a word that only sounds like a place elsewhere is no place before a town: "Марія Лунд"', () => {
    expect(read('Марія Лунд')).not.toMatch(/^Mora/u);
  });
});

describe('a declined Cyrillic name, undone and matched by how it sounds', () => {
  it.each([
    // The Swedish tj-sound heard as ш or ч.
    ['в Шерторпі', 'Kärrtorp, Stockholm'],
    ['я живу в Шепінгу', 'Köping, Köping'],
    ['біля Шепінга', 'Köping, Köping'],
    ['під Шепінгом', 'Köping, Köping'],
    // A short stem with its consonant alternation (к → ц), written as a name.
    ['ми переїхали з Наки', 'Nacka, Nacka'],
    ['під Накою', 'Nacka, Nacka'],
    // One letter from a small place, and heard with other vowels as a town: the town.
    ['в ваксйо', 'Växjö, Växjö'],
  ])('%s → %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each([
    ['Ми жили в Польщі, тепер у Векше', 'Växjö, Växjö'],
    ['я на трасі біля Кіруни', 'Kiruna, Kiruna'],
  ])('%s → %s: a foreign country or an everyday word heard alike is no place', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each(['я працюю до пів на шосту', 'у сина день народження', 'аварія на дорозі'])(
    '"%s": a lower-case word that only sounds like a short name is no place',
    (text) => {
      expect(resolver.resolve(text, 'uk', { suggest: false }).status).toBe('notFound');
    },
  );

  it.each(['я зараз в місті', 'ми були на морі', 'живемо в селі'])(
    '"%s": an everyday word is not read loosely as a place',
    (text) => {
      expect(resolver.resolve(text, 'uk', { suggest: false }).status).toBe('notFound');
    },
  );
});

describe('Ukrainian typed in Latin letters: h for g, kh, ia/iu, case endings', () => {
  it.each([
    ['ya v Khaninhe', 'Haninge, Haninge'],
    ['my v Khesselbiu', 'Hässelby, Stockholm'],
    ['zhyvemo na Khisinheni', 'Hisingen, Göteborg'],
    ['v Iunchepinhu', 'Jönköping, Jönköping'],
    ['ya v Shepinhu', 'Köping, Köping'],
    ['v Chertorpi', 'Kärrtorp, Stockholm'],
    ['my v Heteborhi, u Khammarkulleni', 'Hammarkullen, Göteborg'],
  ])('%s → %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each(['ya v horodi', 'ya v shkoli', 'my na roboti', 'ya v Ukraini'])(
    '"%s" names no Swedish place',
    (text) => {
      expect(resolver.resolve(text, 'uk', { suggest: false }).status).toBe('notFound');
    },
  );

  it.each([
    ['khaninhe', 'haninge'],
    ['iunchepinh', 'juncheping'],
    ['liunhbiu', 'ljungbju'],
  ])('%s is put as Cyrillic is romanised: %s', (typed, romanised) => {
    expect(fromUkrainianLatin(typed)).toBe(romanised);
  });
});

describe("a part of a town named with its town, read among that town's places only", () => {
  it.each([
    ['у Вестеросі, у Віксені', 'Viksäng, Västerås'],
    ['v Vesterosi, u Vikseni', 'Viksäng, Västerås'],
  ])('%s → %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it('in Swedish and English too, first or after its town', () => {
    const sv = resolver.resolve('Skäggetorpet, Linköping', 'sv');
    expect(sv.status === 'found' && sv.match.name).toBe('Skäggetorp');
  });

  // A recogniser writes no capitals and may split a name: the word or words beside the town
  // are still its part ("лулео бергнесет" was Luleå).
  it.each([
    ['я в гетеборзі ангеред', 'Angered, Göteborg'],
    ['мальме русен горд', 'Rosengård, Malmö'],
    ['уппсала гот сунда', 'Gottsunda, Uppsala'],
    ['ми в стокгольмі рінке бю', 'Rinkeby, Stockholm'],
    ['я живу в стокгольмі з мамою', 'Stockholm, Stockholm'],
    ['ми в стокгольмі вже два роки', 'Stockholm, Stockholm'],
  ])('without capitals: %s → %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each([
    ['jag bor i göteborg hjäll bo', 'sv', 'Hjällbo'],
    ['we live in malmo hyl lie', 'en', 'Hyllie'],
    ['jag bor i malmö sedan länge', 'sv', 'Malmö'],
    ['i live in uppsala with my kids', 'en', 'Uppsala'],
  ] as const)('without capitals in Swedish and English: %s → %s', (text, lang, name) => {
    const r = resolver.resolve(text, lang);
    expect(r.status === 'found' && r.match.name).toBe(name);
  });

  it('a foreign town beside a Swedish one is no part of it', () => {
    const r = resolver.resolve('I live in Gothenburg and my sister lives in London', 'en');
    expect(r.status === 'found' && r.match.name).toBe('Göteborg');
  });
});
