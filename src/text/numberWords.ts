/**
 * The one number-words module: spelled numbers read as numbers ("sextiofem" 65) and spoken digit
 * runs read as digits ("fyra ett två sex tre" "41263"), from one list per language
 * (`locales/<lang>/numbers.json`). Used by the understanding, the postal code reader and the
 * telephone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { LANGS, type Lang } from '../languages';
import { localesDir } from '../paths';
import { foldName } from './folding';

const numberWordListSchema = z
  .object({
    $comment: z.string().optional(),
    /** word → value for 0..19, the tens and hundreds written as one word, and spoken forms ("trea"). */
    words: z.record(z.string().min(1), z.number().int().nonnegative()),
    /** Words that multiply the group before them by 100 ("hundra"). */
    hundred: z.array(z.string().min(1)),
    /** Words that may stand between the numbers of one run ("fyrahundra och tolv"). */
    joiners: z.array(z.string().min(1)),
  })
  .strict();

/** The number words of one language, as written in its file. */
export type NumberWordList = z.infer<typeof numberWordListSchema>;

/** A list with no words, for tests that do not read numbers. */
export const NO_NUMBER_WORDS: NumberWordList = { words: {}, hundred: [], joiners: [] };

/** Reads and validates `locales/<lang>/numbers.json` for the three languages. */
export function loadNumberWords(dir: string = localesDir): Record<Lang, NumberWordList> {
  const out = {} as Record<Lang, NumberWordList>;
  for (const lang of LANGS) {
    const file = join(dir, lang, 'numbers.json');
    const parsed = numberWordListSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) {
      const lines = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
      throw new Error(`${file}: ${lines.join('; ')}`);
    }
    out[lang] = parsed.data;
  }
  return out;
}

/** A number word's value, or the word for a hundred. */
export type NumberPiece = number | 'hundred';

/**
 * Number words of one or more languages, looked up by their folded form. The fold is the one the
 * caller folds its message with (names for places and the telephone, words for the understanding),
 * so both sides compare alike.
 */
export class NumberWords {
  private readonly words = new Map<string, number>();
  private readonly hundred = new Set<string>();
  private readonly joiners = new Set<string>();
  /** Number words longest first, for splitting compounds. */
  private readonly pieces: string[];

  constructor(lists: readonly NumberWordList[], fold: (word: string) => string = foldName) {
    for (const list of lists) {
      for (const [word, value] of Object.entries(list.words)) this.words.set(fold(word), value);
      for (const word of list.hundred) this.hundred.add(fold(word));
      for (const word of list.joiners) this.joiners.add(fold(word));
    }
    this.pieces = [...this.words.keys(), ...this.hundred].sort((a, b) => b.length - a.length);
  }

  /** The pieces of a folded word ("sextiotre" → 60, 3; "fyrahundratolv" → 4, ×100, 12), or null. */
  split(word: string): NumberPiece[] | null {
    const direct = this.words.get(word);
    if (direct !== undefined) return [direct];
    if (this.hundred.has(word)) return ['hundred'];
    for (const piece of this.pieces) {
      if (piece.length < word.length && word.startsWith(piece)) {
        const rest = this.split(word.slice(piece.length));
        if (rest !== null) {
          return [this.hundred.has(piece) ? 'hundred' : (this.words.get(piece) ?? 0), ...rest];
        }
      }
    }
    return null;
  }

  /**
   * The value of a folded word that is one number ("fem" 5, "sextiofem" 65, "fyrahundra" 400);
   * undefined for other words and for digit runs written as one word ("fyraett").
   */
  value(word: string): number | undefined {
    const pieces = this.split(word);
    if (pieces === null) return undefined;
    const digits = new SpokenDigits();
    for (const piece of pieces) digits.add(piece);
    return digits.groups === 1 ? Number(digits.take()) : undefined;
  }

  /** True for a word that may join the numbers of one run ("och", "and", "та"). */
  isJoiner(word: string): boolean {
    return this.joiners.has(word);
  }

  /**
   * Folded words with spelled numbers as digits, the way the understanding reads them: a ten and a
   * unit join ("sixty five" → "65"); words worth one stay words ("en", "one", "один" are mostly
   * articles or pronouns).
   */
  asDigits(words: readonly string[]): string[] {
    const out: string[] = [];
    for (let i = 0; i < words.length; i += 1) {
      const word = words[i] ?? '';
      const value = this.value(word.replace(/['-]/g, ''));
      if (value === undefined) {
        out.push(word);
        continue;
      }
      const next =
        i + 1 < words.length ? this.value((words[i + 1] ?? '').replace(/['-]/g, '')) : undefined;
      if (
        value >= 20 &&
        value < 100 &&
        value % 10 === 0 &&
        next !== undefined &&
        next > 0 &&
        next < 10
      ) {
        out.push(String(value + next));
        i += 1;
      } else if (value === 1) {
        out.push(word);
      } else {
        out.push(String(value));
      }
    }
    return out;
  }
}

/**
 * Digits of a run of number pieces, grouped as people speak: tens take a following unit
 * (60, 3 → "63"), hundreds take what follows below a hundred (4, ×100, 12 → "412"); anything
 * else starts a new group ("4", "1", "2" → "412").
 */
export class SpokenDigits {
  private digits = '';
  private group: number | null = null;
  private closed = 0;

  add(piece: NumberPiece): void {
    if (piece === 'hundred') {
      this.group = (this.group ?? 1) * 100;
    } else if (this.group !== null && fillsGroup(this.group, piece)) {
      this.group += piece;
    } else {
      this.close();
      this.group = piece;
    }
  }

  /** Digits as written ("0", "412"): they end the group before them. */
  addWritten(digits: string): void {
    this.close();
    this.digits += digits;
    this.closed += 1;
  }

  /** How many groups the run has so far. */
  get groups(): number {
    return this.closed + (this.group === null ? 0 : 1);
  }

  /** The digits of the run so far; the next run starts empty. */
  take(): string {
    this.close();
    const digits = this.digits;
    this.digits = '';
    this.closed = 0;
    return digits;
  }

  private close(): void {
    if (this.group !== null) {
      this.digits += String(this.group);
      this.closed += 1;
    }
    this.group = null;
  }
}

/** True when `next` fills a free place of `group`: 400 + 12, 60 + 3, but not 4 + 1. */
function fillsGroup(group: number, next: number): boolean {
  if (group >= 100 && group % 100 === 0) return next < 100;
  if (group >= 20 && group % 10 === 0 && group < 100) return next < 10;
  return false;
}
