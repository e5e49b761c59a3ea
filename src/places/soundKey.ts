/**
 * How a Swedish place name sounds, coarsely, so a Ukrainian spelling of it can be found: a name is
 * written in Cyrillic letter by letter ("Кіста") or as heard ("Шерхольмен" for Skärholmen,
 * "Єльбу" for Hjällbo), with е for ä and ö, о for å, ю for y. Both sides are brought to one key:
 * consonants kept (g and h as one, the sh- and tj-sounds as one but щ apart, doubled ones single,
 * glides dropped) and every run of vowels as one "a". The Swedish tj-sound of "Kista" is heard as ш or
 * ч ("Шіста", "Чіста"), so the two are one key.
 */

/** Swedish spellings of one sound, in the order they are applied, as heard. */
const HEARD: readonly (readonly [RegExp, string])[] = [
  [/(sch|skj|stj|sj)/gu, 'ʃ'],
  [/sk(?=[eiyäö])/gu, 'ʃ'],
  [/(tj|kj)/gu, 'ʧ'],
  [/k(?=[eiyäö])/gu, 'ʧ'],
  [/lj/gu, 'l'],
  [/(dj|gj|hj)/gu, 'j'],
  [/g(?=[eiyäö])/gu, 'j'],
];

/** Letters and pairs that sound alike on both sides, then vowels as one. */
function skeleton(latin: string): string {
  return latin
    .replace(/shch/gu, 'ɕ')
    .replace(/(sh|zh)/gu, 'ʃ')
    .replace(/ch/gu, 'ʧ')
    .replace(/ck/gu, 'k')
    .replace(/ph/gu, 'f')
    .replace(/x/gu, 'ks')
    .replace(/c(?![eiyäé])/gu, 'k')
    .replace(/[zc]/gu, 's')
    .replace(/w/gu, 'v')
    .replace(/q/gu, 'k')
    .replace(/[gh]/gu, 'g')
    .replace(/j/gu, '')
    .replace(/([^aeiouyåäöéü ])\1+/gu, '$1')
    .replace(/[aeiouyåäöéü]+/gu, 'a')
    .replace(/ʧ/gu, 'ʃ')
    .replace(/ʃ+/gu, 'ʃ');
}

/** The keys of a Swedish name (lower case, with its letters): as written, and as heard. */
export function soundKeysOfName(name: string): string[] {
  const lower = name.toLowerCase().replace(/-/gu, ' ');
  let heard = lower;
  for (const [pattern, to] of HEARD) heard = heard.replace(pattern, to);
  return [...new Set([skeleton(lower), skeleton(heard)])];
}

/**
 * The keys of a name as one word, as a speech recogniser may split it anywhere ("hammer be
 * sjöstad", "vall ing bee"): the words run together before the sound is taken.
 */
export function joinedSoundKeys(name: string): string[] {
  return soundKeysOfName(name.replace(/[\s-]+/gu, ''));
}

/** The key of a Cyrillic name put into Latin letters ("ʃerholmen" from "шерхольмен"). */
export function soundKeyOfRomanized(latin: string): string {
  return skeleton(latin);
}

/** Ukrainian typed in Latin letters (the national system) as the letters of Cyrillic romanised. */
const UKRAINIAN_TYPED: readonly (readonly [RegExp, string])[] = [
  [/kh/gu, 'ʜ'],
  [/(?<![csz])h/gu, 'g'],
  [/ʜ/gu, 'h'],
  [/(?<=^|[aeiouy])i(?=[aeiou])/gu, 'j'],
  [/(?<=[^aeiouy])i(?=[aeou])/gu, 'j'],
];

/**
 * A word of Ukrainian typed in Latin letters put as Cyrillic is romanised for names ("khuddinhe"
 * → "huddinge", "liuleo" → "ljuleo", "anheredi" → "angeredi"): Ukrainian writes the Swedish g as
 * г, which its Latin typing spells h, and х as kh; я, ю, є are ia, iu, ie.
 */
export function fromUkrainianLatin(word: string): string {
  let out = word;
  for (const [pattern, to] of UKRAINIAN_TYPED) out = out.replace(pattern, to);
  return out;
}
