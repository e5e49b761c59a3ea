/** Per-language text clean-up before matching and classifying: case, diacritics, fillers, numbers, script. */
import type { Lang } from '../languages';
import type { Lexicon } from './languageResources';
import { UkrainianTransliterator } from './ukrainianTransliterator';

const TOKEN = /[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu;

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
 * Folds text to the form every comparison uses: lower case, Latin letters without diacritics
 * ("försäkringskassan" = "forsakringskassan"), and for Ukrainian the distinctions that Latin
 * typing and quick typing lose (apostrophe, soft sign, и/і, є/е, ї/і, ґ/г). Cyrillic й is kept.
 */
export function foldText(text: string, lang: Lang): string {
  let out = text
    .toLowerCase()
    .replace(/[’ʼ`´‘]/g, "'")
    .normalize('NFD')
    .replace(/([a-z])\p{M}+/gu, '$1')
    .normalize('NFC');
  if (lang === 'uk') {
    out = out
      // Latin letters that look Cyrillic, typed inside a Cyrillic word ("чоловiка", "соцiальна").
      .replace(/\p{L}+/gu, (word) =>
        /[a-z]/.test(word) && /\p{Script=Cyrillic}/u.test(word)
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

/** The tokens of an already folded text (words, numbers, hyphenated words such as "id-kort"). */
export function tokenize(folded: string): string[] {
  return folded.match(TOKEN) ?? [];
}

/** What the normaliser makes of one message. */
export interface NormalizedText {
  /** Folded tokens without fillers, with spelled numbers as digits. */
  readonly tokens: readonly string[];
  /** Extra tokens from a second reading (Latin-typed Ukrainian read as Cyrillic). */
  readonly alternateTokens: readonly string[];
  /**
   * The message's own spelling of tokens that folding changed ("arbetslos" → "arbetslös",
   * "пенсіі" → "пенсії"): stemmers work best on the real word.
   */
  spellings: ReadonlyMap<string, string>;
}

/**
 * The clean-up of one language, built from its lexicon: removes filler words of speech ("öh",
 * "um", "ну"), turns spelled numbers into digits ("sextiofem" → "65") and reads Latin-typed
 * Ukrainian as Cyrillic.
 */
export class TextNormalizer {
  private readonly fillers: ReadonlySet<string>;
  private readonly multiFillers: readonly string[][];
  private readonly units: ReadonlyMap<string, number>;
  private readonly tens: ReadonlyMap<string, number>;
  private readonly transliterator = new UkrainianTransliterator();

  constructor(
    readonly lang: Lang,
    lexicon: Pick<Lexicon, 'fillers' | 'numbers'>,
  ) {
    const fillerTokens = lexicon.fillers.map((f) => tokenize(foldText(f, lang)));
    this.fillers = new Set(fillerTokens.filter((t) => t.length === 1).map((t) => t[0] ?? ''));
    this.multiFillers = fillerTokens.filter((t) => t.length > 1);
    const fold = (rec: Record<string, number>): Map<string, number> =>
      new Map(Object.entries(rec).map(([w, n]) => [foldText(w, lang).replace(/'/g, ''), n]));
    this.units = fold(lexicon.numbers.units);
    this.tens = fold(lexicon.numbers.tens);
  }

  /** The last message read: a turn reads its message more than once (matter, then emergency words). */
  private last: { text: string; normalized: NormalizedText } | undefined;

  /** Folds, tokenises and cleans a message. */
  normalize(text: string): NormalizedText {
    if (this.last?.text === text) return this.last.normalized;
    const normalized = this.read(text);
    this.last = { text, normalized };
    return normalized;
  }

  private read(text: string): NormalizedText {
    const tokens = this.clean(tokenize(foldText(text, this.lang)));
    let alternateTokens: string[] = [];
    if (this.lang === 'uk' && UkrainianTransliterator.isLatinOnly(text)) {
      const cyrillic = tokens.map((t) => this.transliterator.toCyrillic(t)).join(' ');
      alternateTokens = this.clean(tokenize(foldText(cyrillic, 'uk')));
    }
    return { tokens, alternateTokens, spellings: this.spellingsOf(text) };
  }

  /** Folded token → the word as written (lower case), for the words that folding changes. */
  private spellingsOf(text: string): Map<string, string> {
    const spellings = new Map<string, string>();
    const written = text
      .toLowerCase()
      .replace(/[’ʼ`´‘]/g, "'")
      .normalize('NFC')
      .match(TOKEN);
    for (const word of written ?? []) {
      // Plain ASCII words fold to themselves.
      if (/^[\p{ASCII}]*$/u.test(word)) continue;
      const folded = tokenize(foldText(word, this.lang));
      if (folded.length === 1 && folded[0] !== undefined && folded[0] !== word) {
        spellings.set(folded[0], word);
      }
    }
    return spellings;
  }

  private clean(tokens: string[]): string[] {
    const kept: string[] = [];
    for (let i = 0; i < tokens.length; i += 1) {
      const multi = this.multiFillers.find((f) => f.every((w, k) => tokens[i + k] === w));
      if (multi) {
        i += multi.length - 1;
        continue;
      }
      const token = tokens[i] ?? '';
      if (!this.fillers.has(token)) kept.push(token);
    }
    return this.numbers(kept);
  }

  /** The value of a spelled number word: "fem" 5, "sextio" 60, "sextiofem"/"sixty-five" 65. */
  private numberValue(token: string): number | undefined {
    const word = token.replace(/['-]/g, '');
    const direct = this.units.get(word) ?? this.tens.get(word);
    if (direct !== undefined) return direct;
    for (const [ten, tenValue] of this.tens) {
      if (word.startsWith(ten)) {
        const unit = this.units.get(word.slice(ten.length));
        if (unit !== undefined && unit > 0 && unit < 10) return tenValue + unit;
      }
    }
    return undefined;
  }

  private numbers(tokens: string[]): string[] {
    const out: string[] = [];
    for (let i = 0; i < tokens.length; i += 1) {
      const token = tokens[i] ?? '';
      const value = this.numberValue(token);
      if (value === undefined) {
        out.push(token);
        continue;
      }
      const next = i + 1 < tokens.length ? this.numberValue(tokens[i + 1] ?? '') : undefined;
      if (value >= 20 && value % 10 === 0 && next !== undefined && next > 0 && next < 10) {
        out.push(String(value + next));
        i += 1;
      } else if (value === 1) {
        // "en", "one", "один" are mostly articles or pronouns: keep the word.
        out.push(token);
      } else {
        out.push(String(value));
      }
    }
    return out;
  }
}
