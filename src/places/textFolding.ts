/** Text folding for place lookup: case, diacritics, Cyrillic variants, transliteration, tokens. */

/** One word or number of a message, with where it stands in the original text. */
export interface Token {
  /** The token as written. */
  raw: string;
  /** Its folded form (lower case, no diacritics, Cyrillic variants unified). */
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
const CYRILLIC_RE = /[\u0400-\u04FF]/u;
const APOSTROPHES_RE = /['’ʼ`]/gu;

const LATIN_SPECIAL: Readonly<Record<string, string>> = {
  ø: 'o',
  æ: 'ae',
  ß: 'ss',
  ð: 'd',
  þ: 'th',
  ł: 'l',
};

/** Lower-cases and removes diacritics from Latin text: "Göteborgs" → "goteborgs", "Malmø" → "malmo". */
export function foldLatin(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[øæßðþł]/gu, (ch) => LATIN_SPECIAL[ch] ?? ch)
    .replace(APOSTROPHES_RE, '');
}

/** Lower-cases Cyrillic text and unifies spellings: ё→е, ґ→г, ъ dropped, apostrophes dropped. */
export function foldCyrillic(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/gu, 'е')
    .replace(/ґ/gu, 'г')
    .replace(/ъ/gu, '')
    .replace(APOSTROPHES_RE, '');
}

/** True when the text holds a Cyrillic letter. */
export function isCyrillic(text: string): boolean {
  return CYRILLIC_RE.test(text);
}

/** Folds a word or phrase by its script. */
export function fold(text: string): string {
  return isCyrillic(text) ? foldCyrillic(text) : foldLatin(text);
}

const TRANSLIT: Readonly<Record<string, string>> = {
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
 * Transliterates folded Cyrillic to plain Latin letters, the way people spell Swedish names they
 * heard ("гетеборг" → "geteborg", "кіста" → "kista"), so a Latin index can be searched.
 */
export function transliterate(foldedCyrillic: string): string {
  let out = '';
  for (const ch of foldedCyrillic) out += TRANSLIT[ch] ?? ch;
  return out;
}

/** Splits a message into word and number tokens, keeping their offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const raw = m[0];
    const start = m.index;
    const script = /^\d+$/u.test(raw) ? 'digits' : isCyrillic(raw) ? 'cyrillic' : 'latin';
    let key = fold(raw);
    if (script === 'latin' && /['’ʼ`]s$/iu.test(raw)) key = foldLatin(raw.slice(0, -2));
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

/** The lookup key of a place name: its folded tokens joined by single spaces. */
export function nameKey(name: string): string {
  return tokenize(name)
    .map((t) => t.key)
    .join(' ');
}
