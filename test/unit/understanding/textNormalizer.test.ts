/** TextNormalizer: folding and the message's own spellings, which the stemmers read. */
import { NO_NUMBER_WORDS } from '../../../src/text/numberWords';
import { TextNormalizer } from '../../../src/understanding/textNormalizer';

const noLexicon = { fillers: [], numbers: NO_NUMBER_WORDS };

describe('TextNormalizer.normalize spellings', () => {
  it('keeps how the message writes the words that folding changes', () => {
    const got = new TextNormalizer('sv', noLexicon).normalize('Jag är ARBETSLÖS sedan maj');
    expect(got.tokens).toEqual(['jag', 'ar', 'arbetslos', 'sedan', 'maj']);
    expect([...got.spellings]).toEqual([
      ['ar', 'är'],
      ['arbetslos', 'arbetslös'],
    ]);
  });

  it('keeps Ukrainian letters that folding merges (и/і, ї, є, ь, apostrophe)', () => {
    const got = new TextNormalizer('uk', noLexicon).normalize("Сім'ї потрібна пенсія");
    expect(got.spellings.get('сімі')).toBe("сім'ї");
    expect(got.spellings.get('потрібна')).toBeUndefined();
    expect(got.spellings.get('пенсія')).toBeUndefined();
  });

  it('has no spellings for plain ASCII text', () => {
    expect(new TextNormalizer('en', noLexicon).normalize('I lost my job').spellings.size).toBe(0);
  });
});
