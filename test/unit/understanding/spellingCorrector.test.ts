/** SpellingCorrector: slips of typing are read as the known word, other words are left alone. */
import { SpellingCorrector, typingDistance } from '../../../src/understanding/spellingCorrector';

const corrector = new SpellingCorrector(
  ['health', 'number', 'passport', 'citizenship', 'unemployed', 'sore', 'foraldrapenning'],
  ['pension'],
);

describe('SpellingCorrector', () => {
  it.each([
    ['helth', 'health'],
    ['numbr', 'number'],
    ['pasport', 'passport'],
    ['citizinship', 'citizenship'],
    ['unemploed', 'unemployed'],
    ['pention', 'pension'],
    ['foralderpenning', 'foraldrapenning'],
  ])('reads %s as %s', (slip, word) => {
    expect(corrector.correct(slip)).toBe(word);
  });

  it.each(['score', 'healthy', 'pensions', 'tax', 'weather'])('keeps %s', (word) => {
    expect(corrector.correct(word)).toBe(word);
  });

  it('does not lengthen a complete word into a stem: Russian "подать" (submit) is not "податк*" (tax)', () => {
    const uk = new SpellingCorrector(['заяву'], ['податк']);
    expect(uk.correct('подат')).toBe('подат');
  });

  it('measures swaps as one slip and stops early', () => {
    expect(typingDistance('ofrm', 'form', 2)).toBe(1);
    expect(typingDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});
