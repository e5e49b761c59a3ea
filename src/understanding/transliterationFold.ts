/**
 * One spelling for Ukrainian however it is typed: Cyrillic (with or without Russian letters), the
 * national romanisation, or the informal Latin people type on a Swedish or English keyboard
 * ("pryvit, ya hochu znajty robotu"). Both the catalogue's words and a message are folded to the
 * same Latin skeleton, so "znajty robotu", "znaiti robotu" and "знайти роботу" compare equal.
 */

import { foldText } from './textNormalizer';

const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ie',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  ї: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ь: '',
  ю: 'iu',
  я: 'ia',
  // Russian letters that turn up in Ukrainian messages.
  ы: 'y',
  э: 'e',
  ё: 'io',
  ъ: '',
};

/**
 * Latin spellings that stand for one sound, longest first; applied in order to the romanised
 * text. Sounds that Latin typing writes several ways collapse to one letter: г/х/ґ ("h", "kh",
 * "g"), и/і/й/ї ("y", "i", "j"), ц ("ts", "c", "tz").
 */
const LATIN: readonly (readonly [RegExp, string])[] = [
  [/shch|sch|sc/g, 'sh'],
  [/tch/g, 'ch'],
  [/kh|gh/g, 'h'],
  [/g/g, 'h'],
  [/ts|tz|c(?!h)/g, 'c'],
  [/w/g, 'v'],
  [/q/g, 'k'],
  [/x/g, 'ks'],
  [/[yj]/g, 'i'],
  // A soft or glide i before a vowel after a consonant is often dropped: "znaity"/"znayty".
  [/ie/g, 'e'],
  [/([a-z])\1+/g, '$1'],
];

/**
 * The skeleton of Ukrainian as the rest of understanding folds it first (foldText: Latin look-alike
 * letters inside Cyrillic words, є/е, и/і…): word lists and message tokens then fold alike.
 */
export function ukrainianSkeleton(text: string): string {
  return latinSkeleton(foldText(text, 'uk'));
}

/** The Latin skeleton of a text: lower case, Cyrillic romanised, the spellings above collapsed. */
export function latinSkeleton(text: string): string {
  let out = '';
  for (const ch of text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')) {
    out += CYRILLIC[ch] ?? ch;
  }
  // Apostrophes inside words ("м'ясо", "об'єднання", "vidpovid'") carry no letter.
  out = out.replace(/(\p{L})['’ʼ`´]+(?=\p{L})/gu, '$1');
  for (const [pattern, replacement] of LATIN) out = out.replace(pattern, replacement);
  return out;
}
