/** The one number-words module, read from locales/<lang>/numbers.json. */
import { LANGS } from '../../../src/languages';
import { foldWords } from '../../../src/text/folding';
import { NumberWords, SpokenDigits, loadNumberWords } from '../../../src/text/numberWords';

const lists = loadNumberWords();

describe('number words of each language', () => {
  const names = new NumberWords(LANGS.map((l) => lists[l]));

  it.each([
    ['fem', 5],
    ['sextiofem', 65],
    ['fyrahundra', 400],
    ['sixty', 60],
    ['пять', 5],
    ['двадцять', 20],
  ])('reads %s as one number', (word, value) => {
    expect(names.value(word)).toBe(value);
  });

  it('does not read a digit run written as one word, or an ordinary word, as one number', () => {
    expect(names.value('fyraett')).toBeUndefined();
    expect(names.value('kista')).toBeUndefined();
    expect(names.split('fyraett')).toEqual([4, 1]);
  });

  it('knows the words that join a run', () => {
    expect(names.isJoiner('och')).toBe(true);
    expect(names.isJoiner('та')).toBe(true);
    expect(names.isJoiner('kista')).toBe(false);
  });

  it('groups spoken pieces as people say them', () => {
    const run = new SpokenDigits();
    for (const p of names.split('fyrahundratolv') ?? []) run.add(p);
    for (const p of names.split('sextiotre') ?? []) run.add(p);
    expect(run.take()).toBe('41263');
  });
});

describe('spelled numbers in a message, as the understanding reads them', () => {
  const read = (lang: 'sv' | 'en' | 'uk', text: string): string[] => {
    const numbers = new NumberWords([lists[lang]], (w) => foldWords(w, lang).replace(/'/g, ''));
    return numbers.asDigits(foldWords(text, lang).split(' '));
  };

  it('turns numbers to digits in sv, en and uk, and joins a ten and a unit', () => {
    expect(read('sv', 'jag är sextiofem år')).toEqual(['jag', 'ar', '65', 'ar']);
    expect(read('en', 'i am sixty five')).toEqual(['i', 'am', '65']);
    expect(read('uk', "мені шістдесят п'ять")).toEqual(['мені', '65']);
  });

  it('keeps words worth one, which are mostly articles', () => {
    expect(read('sv', 'en bil')).toEqual(['en', 'bil']);
    expect(read('en', 'one more')).toEqual(['one', 'more']);
  });
});
