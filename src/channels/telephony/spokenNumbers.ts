/** Turns spoken numbers into digits for callers: "fyra ett två sex tre" → "41263", "två" → "2". */
import { LANGS } from '../../languages';
import { tokenize, type Token } from '../../text/folding';
import {
  NumberWords,
  SpokenDigits,
  loadNumberWords,
  type NumberPiece,
  type NumberWordList,
} from '../../text/numberWords';

/** A number word's value, the word for a hundred, or digits as written (leading zeros kept). */
type Piece = NumberPiece | { written: string };

/**
 * A small normaliser for speech on the telephone. A run of two or more number words (or words
 * and digits) becomes one string of digits, as a postal code or phone number is said digit by
 * digit or in groups ("fyrahundratolv sextiotre", "four one two six three", "чотири один два
 * шість три"); a message that is only one number word becomes that number ("två" → "2"), so a
 * spoken menu choice reads like a pressed key. Number words inside sentences stay as they are
 * ("jag har två barn").
 */
export class SpokenNumbers {
  private readonly numbers: NumberWords;

  constructor(languages: readonly NumberWordList[]) {
    this.numbers = new NumberWords(languages);
  }

  /** Built from the number words of the three languages (`locales/<lang>/numbers.json`). */
  static load(): SpokenNumbers {
    const lists = loadNumberWords();
    return new SpokenNumbers(LANGS.map((l) => lists[l]));
  }

  /** The text with spoken numbers written as digits (unchanged when it has none to convert). */
  normalize(text: string): string {
    const tokens = tokenize(text);
    const values = tokens.map((t) => this.value(t));
    // A message that is one number word and nothing else: a menu choice.
    if (tokens.length === 1 && values[0] !== null && tokens[0]?.script !== 'digits') {
      const digits = readRun(values[0] ?? []);
      return digits === undefined ? text : digits;
    }
    let out = '';
    let cursor = 0;
    let i = 0;
    while (i < tokens.length) {
      const run = this.runAt(tokens, values, i);
      if (run === undefined) {
        i++;
        continue;
      }
      const first = tokens[i];
      const last = tokens[run.end - 1];
      if (first !== undefined && last !== undefined) {
        out += text.slice(cursor, first.start) + run.digits;
        cursor = last.end;
      }
      i = run.end;
    }
    return cursor === 0 ? text : out + text.slice(cursor);
  }

  /** The run of number tokens starting at `start`, when it has two or more numbers. */
  private runAt(
    tokens: readonly Token[],
    values: readonly (Piece[] | null)[],
    start: number,
  ): { end: number; digits: string } | undefined {
    if (values[start] === null) return undefined;
    const pieces: Piece[] = [];
    let numbers = 0;
    let end = start;
    for (let j = start; j < tokens.length; j++) {
      const value = values[j];
      if (value !== null && value !== undefined) {
        pieces.push(...value);
        numbers++;
        end = j + 1;
      } else if (
        this.numbers.isJoiner(tokens[j]?.key ?? '') &&
        values[j + 1] !== null &&
        j + 1 < tokens.length
      ) {
        continue;
      } else {
        break;
      }
    }
    if (numbers < 2) return undefined;
    const digits = readRun(pieces);
    return digits === undefined ? undefined : { end, digits };
  }

  /** A token's number pieces: digits as written, a number word, or a compound of them. */
  private value(token: Token): Piece[] | null {
    if (token.script === 'digits') return [{ written: token.raw }];
    return this.numbers.split(token.key);
  }
}

/** Digits of a run of number pieces and written digits (see SpokenDigits). */
function readRun(pieces: readonly Piece[]): string | undefined {
  const run = new SpokenDigits();
  for (const piece of pieces) {
    if (typeof piece === 'object') run.addWritten(piece.written);
    else run.add(piece);
  }
  const digits = run.take();
  return digits === '' ? undefined : digits;
}
