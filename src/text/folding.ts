/**
 * The one text-folding module: every comparison of what a person wrote with a list, a name or a
 * model folds the text here first. Three foldings, because three comparisons need different
 * things kept:
 * - {@link foldPhrase}: commands, follow-ups and language words. Keeps letters as written
 *   ("för" is Swedish, "for" English), drops punctuation.
 * - {@link foldName} / {@link tokenize} / {@link nameKey}: names of places and offices. Drops
 *   every diacritic and apostrophe ("Malmø" = "Malmö" = "malmo"), keeps the script.
 * - {@link foldWords}: the words the understanding classifies, per language: Latin diacritics
 *   dropped, and for Ukrainian the letters quick or Latin typing loses (и/і/ї, є, ь, ґ).
 * Plus two romanisations of Cyrillic: {@link romanizeName} for Swedish names heard and written in
 * Cyrillic ("гетеборг" → "geteborg"), {@link latinSkeleton} for Ukrainian typed in Latin letters.
 */
import type { Lang } from '../languages';

const APOSTROPHES = /['’ʼ`´‘]/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** True when the text holds a Cyrillic letter. */
export function isCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}

// ─── Phrases ────────────────────────────────────────────────────────────────────────────────

/** A phrase for whole-word matching: lower case, one apostrophe, punctuation and spacing to single spaces. */
export function foldPhrase(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/[’ʼ`]/g, "'")
    .replace(/[^\p{L}\p{N}'\- ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a folded phrase. */
export function phraseWords(folded: string): string[] {
  return folded.split(' ').filter((w) => w.length > 0);
}

/** Where one clause of a message ends: sentence and clause punctuation, a dash between words. */
const CLAUSE_END = /[.,;:!?…—–\n]+|\s-\s/u;

/** The clauses of a message, as written ("Sorry, can you repeat that? I didn't get it." → three). */
export function splitClauses(text: string): string[] {
  return text.split(CLAUSE_END).filter((c) => c.trim() !== '');
}

/** True when the folded `phrase` stands in the folded `text` as whole words. */
export function containsPhrase(text: string, phrase: string): boolean {
  return ` ${text} `.includes(` ${phrase} `);
}

// ─── Names ──────────────────────────────────────────────────────────────────────────────────

/** One word or number of a message, with where it stands in the original text. */
export interface Token {
  /** The token as written. */
  raw: string;
  /** Its folded form (see {@link foldName}). */
  key: string;
  /** Offset of its first character in the original text. */
  start: number;
  /** Offset just past its last character. */
  end: number;
  script: 'latin' | 'cyrillic' | 'digits';
  /** True when the first letter is upper case as written. */
  capitalized: boolean;
}

const TOKEN_RE = /[\p{L}\p{M}]+(?:['’ʼ`][\p{L}\p{M}]+)*|\d+/gu;

const LATIN_SPECIAL: Readonly<Record<string, string>> = {
  ø: 'o',
  æ: 'ae',
  ß: 'ss',
  ð: 'd',
  þ: 'th',
  ł: 'l',
};

/** A Latin name folded: "Göteborgs" → "goteborgs", "Malmø" → "malmo". */
export function foldLatinName(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[øæßðþł]/gu, (ch) => LATIN_SPECIAL[ch] ?? ch)
    .replace(APOSTROPHES, '');
}

/** A Cyrillic name folded: lower case, ё→е, ґ→г, ъ and apostrophes dropped. */
export function foldCyrillicName(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/gu, 'е')
    .replace(/ґ/gu, 'г')
    .replace(/ъ/gu, '')
    .replace(APOSTROPHES, '');
}

/** A name (or one word of it) folded by its script. */
export function foldName(text: string): string {
  return isCyrillic(text) ? foldCyrillicName(text) : foldLatinName(text);
}

/** Splits a message into word and number tokens folded as names, keeping their offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const raw = m[0];
    const start = m.index;
    const script = /^\d+$/u.test(raw) ? 'digits' : isCyrillic(raw) ? 'cyrillic' : 'latin';
    let key = foldName(raw);
    if (script === 'latin' && /['’ʼ`]s$/iu.test(raw)) key = foldLatinName(raw.slice(0, -2));
    const first = raw.charAt(0);
    tokens.push({
      raw,
      key,
      start,
      end: start + raw.length,
      script,
      capitalized: first !== first.toLowerCase(),
    });
  }
  return tokens;
}

/** The lookup key of a place or office name: its folded tokens joined by single spaces. */
export function nameKey(name: string): string {
  return tokenize(name)
    .map((t) => t.key)
    .join(' ');
}

// ─── Words the understanding reads ──────────────────────────────────────────────────────────

const WORD_RE = /[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu;

/** Latin letters that look like Cyrillic ones (lower case). */
const HOMOGLYPHS: Readonly<Record<string, string>> = {
  a: 'а',
  c: 'с',
  e: 'е',
  i: 'і',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  k: 'к',
};

/**
 * Folds text to the form the understanding compares: lower case, Latin letters without
 * diacritics ("försäkringskassan" = "forsakringskassan"), and for Ukrainian the distinctions that
 * Latin typing and quick typing lose (apostrophe, soft sign, и/і, є/е, ї/і, ґ/г). Cyrillic й is kept.
 */
export function foldWords(text: string, lang: Lang): string {
  let out = text
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .normalize('NFD')
    .replace(/([a-z])\p{M}+/gu, '$1')
    .normalize('NFC');
  if (lang === 'uk') {
    out = out
      // Latin letters that look Cyrillic, typed inside a Cyrillic word ("чоловiка", "соцiальна").
      .replace(/\p{L}+/gu, (word) =>
        /[a-z]/.test(word) && CYRILLIC.test(word)
          ? word.replace(/[aceiopxyk]/g, (ch) => HOMOGLYPHS[ch] ?? ch)
          : word,
      )
      .replace(/(\p{Script=Cyrillic})'(?=\p{Script=Cyrillic})/gu, '$1')
      .replace(/ь/g, '')
      .replace(/[иїі]/g, 'і')
      .replace(/є/g, 'е')
      .replace(/ґ/g, 'г')
      .replace(/ё/g, 'е');
  }
  return out;
}

/** The words of an already folded text (words, numbers, hyphenated words such as "id-kort"). */
export function splitWords(folded: string): string[] {
  return folded.match(WORD_RE) ?? [];
}

/** The words of a message as one comparison key: folded, split and joined by spaces. */
export function wordsKey(text: string, lang: Lang): string {
  return splitWords(foldWords(text, lang)).join(' ');
}

// ─── Romanisation ───────────────────────────────────────────────────────────────────────────

/** Replaces each character found in `table`, keeping the others. */
function mapLetters(text: string, table: Readonly<Record<string, string>>): string {
  let out = '';
  for (const ch of text) out += table[ch] ?? ch;
  return out;
}

/** Cyrillic as a Swede would spell the name heard: г is the g of Göteborg. */
const NAME_LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  є: 'je',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  ї: 'ji',
  й: 'j',
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
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ь: '',
  ю: 'ju',
  я: 'ja',
  ы: 'y',
  э: 'e',
};

/**
 * A folded Cyrillic name in plain Latin letters, the way people spell Swedish names they heard
 * ("гетеборг" → "geteborg", "кіста" → "kista"), so a Latin index can be searched.
 */
export function romanizeName(foldedCyrillic: string): string {
  return mapLetters(foldedCyrillic, NAME_LATIN);
}

/** Ukrainian romanised (the national system, г as h), Russian letters included. */
const UKRAINIAN_LATIN: Readonly<Record<string, string>> = {
  ...NAME_LATIN,
  г: 'h',
  ґ: 'g',
  є: 'ie',
  ї: 'i',
  й: 'i',
  х: 'kh',
  ю: 'iu',
  я: 'ia',
  ё: 'io',
  ъ: '',
};

/**
 * Latin spellings that stand for one sound, longest first; applied in order to the romanised
 * text. Sounds that Latin typing writes several ways collapse to one letter: г/х/ґ ("h", "kh",
 * "g"), и/і/й/ї ("y", "i", "j"), ц ("ts", "c", "tz").
 */
const SKELETON: readonly (readonly [RegExp, string])[] = [
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
 * One spelling for Ukrainian however it is typed: Cyrillic (with or without Russian letters), the
 * national romanisation, or the informal Latin people type on a Swedish or English keyboard
 * ("pryvit, ya hochu znajty robotu"): lower case, Cyrillic romanised, the spellings above
 * collapsed, so "znajty robotu", "znaiti robotu" and "знайти роботу" compare equal.
 */
export function latinSkeleton(text: string): string {
  let out = mapLetters(
    text
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .normalize('NFC'),
    UKRAINIAN_LATIN,
  );
  // Apostrophes inside words ("м'ясо", "об'єднання", "vidpovid'") carry no letter.
  out = out.replace(/(\p{L})['’ʼ`´]+(?=\p{L})/gu, '$1');
  for (const [pattern, replacement] of SKELETON) out = out.replace(pattern, replacement);
  return out;
}

/** The skeleton of Ukrainian folded as the understanding folds it first ({@link foldWords}). */
export function ukrainianSkeleton(text: string): string {
  return latinSkeleton(foldWords(text, 'uk'));
}
