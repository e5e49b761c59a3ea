/** Number words read as digits, the way people say postal codes and numbers: shared by places and the telephone. */

/** Number words of one language: word (folded) → value, and the words for "hundred". */
export interface NumberWords {
  words: Readonly<Record<string, number>>;
  hundred: readonly string[];
}

/** A number word's value, or the word for a hundred. */
export type NumberPiece = number | 'hundred';

/** Splits number words, compounds included, into their pieces. */
export class NumberWordSplitter {
  private readonly words = new Map<string, number>();
  private readonly hundred = new Set<string>();
  /** Number words longest first, for splitting compounds. */
  private readonly pieces: string[];

  constructor(languages: readonly NumberWords[]) {
    for (const language of languages) {
      for (const [word, value] of Object.entries(language.words)) this.words.set(word, value);
      for (const word of language.hundred) this.hundred.add(word);
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
}

/**
 * Digits of a run of number pieces, grouped as people speak: tens take a following unit
 * (60, 3 → "63"), hundreds take what follows below a hundred (4, ×100, 12 → "412"); anything
 * else starts a new group ("4", "1", "2" → "412").
 */
export class SpokenDigits {
  private digits = '';
  private group: number | null = null;

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
  }

  /** The digits of the run so far; the next run starts empty. */
  take(): string {
    this.close();
    const digits = this.digits;
    this.digits = '';
    return digits;
  }

  private close(): void {
    if (this.group !== null) this.digits += String(this.group);
    this.group = null;
  }
}

/** True when `next` fills a free place of `group`: 400 + 12, 60 + 3, but not 4 + 1. */
function fillsGroup(group: number, next: number): boolean {
  if (group >= 100 && group % 100 === 0) return next < 100;
  if (group >= 20 && group % 10 === 0 && group < 100) return next < 10;
  return false;
}
