/** Per-language clean-up of a message before matching and classifying: fillers, numbers, script (folding is src/text/folding). */
import type { Lang } from '../languages';
import { foldWords, splitWords } from '../text/folding';
import { NumberWords } from '../text/numberWords';
import type { Lexicon } from './languageResources';
import { UkrainianTransliterator } from './ukrainianTransliterator';

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
  private readonly numbers: NumberWords;
  private readonly transliterator = new UkrainianTransliterator();

  constructor(
    readonly lang: Lang,
    lexicon: Pick<Lexicon, 'fillers' | 'numbers'>,
  ) {
    const fillerTokens = lexicon.fillers.map((f) => splitWords(foldWords(f, lang)));
    this.fillers = new Set(fillerTokens.filter((t) => t.length === 1).map((t) => t[0] ?? ''));
    this.multiFillers = fillerTokens.filter((t) => t.length > 1);
    this.numbers = new NumberWords([lexicon.numbers], (w) => foldWords(w, lang).replace(/'/g, ''));
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
    const tokens = this.clean(splitWords(foldWords(text, this.lang)));
    let alternateTokens: string[] = [];
    if (this.lang === 'uk' && UkrainianTransliterator.isLatinOnly(text)) {
      const cyrillic = tokens.map((t) => this.transliterator.toCyrillic(t)).join(' ');
      alternateTokens = this.clean(splitWords(foldWords(cyrillic, 'uk')));
    }
    return { tokens, alternateTokens, spellings: this.spellingsOf(text) };
  }

  /** Folded token → the word as written (lower case), for the words that folding changes. */
  private spellingsOf(text: string): Map<string, string> {
    const spellings = new Map<string, string>();
    const written = splitWords(
      text
        .toLowerCase()
        .replace(/[’ʼ`´‘]/g, "'")
        .normalize('NFC'),
    );
    for (const word of written) {
      // Plain ASCII words fold to themselves.
      if (/^[\p{ASCII}]*$/u.test(word)) continue;
      const folded = splitWords(foldWords(word, this.lang));
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
    return this.numbers.asDigits(kept);
  }
}
