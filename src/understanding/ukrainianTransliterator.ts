/** Turns Latin-script Ukrainian ("ya vtratyv robotu") back into Cyrillic so the Ukrainian model can read it. */

// Longest first. Covers the national (KMU 2010) romanisation and the informal spellings people type.
const RULES: readonly (readonly [string, string])[] = [
  ['shch', 'щ'],
  ['sch', 'щ'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['ts', 'ц'],
  ['tch', 'ч'],
  ['ch', 'ч'],
  ['sh', 'ш'],
  ['ya', 'я'],
  ['ia', 'я'],
  ['ja', 'я'],
  ['yu', 'ю'],
  ['iu', 'ю'],
  ['ju', 'ю'],
  ['ye', 'є'],
  ['ie', 'є'],
  ['je', 'є'],
  ['yi', 'ї'],
  ['ji', 'ї'],
  ['yo', 'йо'],
  ['a', 'а'],
  ['b', 'б'],
  ['v', 'в'],
  ['w', 'в'],
  ['h', 'г'],
  ['g', 'г'],
  ['d', 'д'],
  ['e', 'е'],
  ['z', 'з'],
  ['y', 'и'],
  ['i', 'і'],
  ['j', 'й'],
  ['k', 'к'],
  ['q', 'к'],
  ['l', 'л'],
  ['m', 'м'],
  ['n', 'н'],
  ['o', 'о'],
  ['p', 'п'],
  ['r', 'р'],
  ['s', 'с'],
  ['t', 'т'],
  ['u', 'у'],
  ['f', 'ф'],
  ['c', 'ц'],
  ['x', 'кс'],
];

/**
 * Latin → Cyrillic for Ukrainian typed on a Latin keyboard. Approximate by nature (the soft sign
 * and и/і are lost in romanisation); the normaliser folds the same distinctions on both sides.
 */
export class UkrainianTransliterator {
  /** True when the text has Latin letters and no Cyrillic ones: a candidate for transliteration. */
  static isLatinOnly(text: string): boolean {
    return /[a-z]/i.test(text) && !/\p{Script=Cyrillic}/u.test(text);
  }

  /** One lower-case Latin word in Cyrillic; anything that is not a Latin letter is kept. */
  toCyrillic(word: string): string {
    let out = '';
    let i = 0;
    while (i < word.length) {
      const rule = RULES.find(([latin]) => word.startsWith(latin, i));
      if (rule) {
        out += rule[1];
        i += rule[0].length;
      } else {
        out += word.charAt(i);
        i += 1;
      }
    }
    return out;
  }
}
