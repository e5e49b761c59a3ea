/** The one text-folding module: each folding keeps what its comparison needs. */
import {
  containsPhrase,
  foldCyrillicName,
  foldLatinName,
  foldName,
  foldPhrase,
  foldWords,
  latinSkeleton,
  nameKey,
  phraseWords,
  romanizeName,
  splitWords,
  tokenize,
  ukrainianSkeleton,
} from '../../../src/text/folding';

describe('phrases (commands, follow-ups, language words)', () => {
  it('keeps letters as written and drops punctuation', () => {
    expect(foldPhrase('  På SVENSKA, tack! ')).toBe('på svenska tack');
    expect(foldPhrase('För')).not.toBe(foldPhrase('for'));
    expect(foldPhrase('що далі’')).toBe("що далі'");
  });

  it('finds a phrase only as whole words', () => {
    const text = foldPhrase('Kan du upprepa det?');
    expect(containsPhrase(text, 'upprepa')).toBe(true);
    expect(containsPhrase(text, 'repa')).toBe(false);
    expect(phraseWords(text)).toEqual(['kan', 'du', 'upprepa', 'det']);
  });
});

describe('names (places and offices)', () => {
  it.each([
    ['Göteborgs', 'goteborgs'],
    ['Malmø', 'malmo'],
    ['ÅSELE', 'asele'],
  ])('folds Latin %s', (input, out) => {
    expect(foldLatinName(input)).toBe(out);
    expect(foldName(input)).toBe(out);
  });

  it('folds Cyrillic variants and romanises a heard Swedish name', () => {
    expect(foldCyrillicName('Мальмё')).toBe('мальме');
    expect(foldCyrillicName("П'ять")).toBe('пять');
    expect(romanizeName(foldCyrillicName('Гетеборг'))).toBe('geteborg');
  });

  it('tokenizes with offsets and drops the English possessive', () => {
    const t = tokenize("Malmö's office, 412 63");
    expect(t.map((x) => [x.key, x.start, x.script])).toEqual([
      ['malmo', 0, 'latin'],
      ['office', 8, 'latin'],
      ['412', 16, 'digits'],
      ['63', 20, 'digits'],
    ]);
    expect(nameKey('Malmö-Sturup')).toBe('malmo sturup');
  });

  it('gives office names and towns one key however they are written', () => {
    expect(nameKey('GÖTEBORG')).toBe(nameKey('goteborg'));
    expect(nameKey(' Upplands Väsby ')).toBe('upplands vasby');
  });
});

describe('words the understanding reads', () => {
  it('drops Latin diacritics and keeps hyphenated words whole', () => {
    expect(splitWords(foldWords('Jag är ARBETSLÖS, id-kort', 'sv'))).toEqual([
      'jag',
      'ar',
      'arbetslos',
      'id-kort',
    ]);
  });

  it('merges the Ukrainian letters quick typing loses, only for Ukrainian', () => {
    expect(foldWords("сім'ї", 'uk')).toBe('сімі');
    expect(foldWords('чоловiка', 'uk')).toBe('чоловіка');
    expect(foldWords('ґанок', 'uk')).toBe('ганок');
    expect(foldWords("сім'ї", 'sv')).toBe("сім'ї");
  });

  it('spells Ukrainian one way however it is typed', () => {
    expect(latinSkeleton('znajty robotu')).toBe(latinSkeleton('знайти роботу'));
    expect(ukrainianSkeleton('znaity robotu')).toBe(ukrainianSkeleton('знайти роботу'));
  });
});
