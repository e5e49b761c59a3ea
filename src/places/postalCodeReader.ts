/** Finds postal codes in a message: "41263", "412 63", "SE-412 63", and spoken digits in sv, en, uk. */
import { Culture, recognizeNumber } from '@microsoft/recognizers-text-suite';
import type { Lang } from '../languages';
import type { Token } from '../text/folding';
import { NumberWords, SpokenDigits } from '../text/numberWords';
import type { PlaceLanguageResources, TextSpan } from './types';

/** A five-digit code read from a message, with how it was written. */
export interface PostalCodeMention {
  code: string;
  span: TextSpan;
  spoken: boolean;
}

const WRITTEN = /(?<![\d-])(?:SE[-\s]?)?(\d{3})[\s\u00A0]?(\d{2})(?![\d])/giu;
const ENGLISH_DIGIT_WORDS =
  /\b(zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b/iu;

/**
 * Reads postal codes. Spoken digits: Swedish and Ukrainian number words come from the language
 * resources (including compounds such as "fyrahundratolv sextiotre"); English number words are
 * read by Microsoft's recognizers. Consecutive number words are joined; a run of exactly five
 * digits is a code.
 */
export class PostalCodeReader {
  private readonly numbers: NumberWords;

  constructor(resources: Readonly<Record<Lang, PlaceLanguageResources>>) {
    this.numbers = new NumberWords([resources.sv.numbers, resources.uk.numbers]);
  }

  /** All codes in the text, written ones first. */
  read(text: string, tokens: readonly Token[]): PostalCodeMention[] {
    const found: PostalCodeMention[] = [];
    for (const m of text.matchAll(WRITTEN)) {
      found.push({
        code: `${m[1] ?? ''}${m[2] ?? ''}`,
        span: { start: m.index, end: m.index + m[0].length, text: m[0] },
        spoken: false,
      });
    }
    if (found.length > 0) return found;
    found.push(...this.readWords(text, tokens));
    if (found.length === 0 && ENGLISH_DIGIT_WORDS.test(text)) found.push(...readEnglish(text));
    return found;
  }

  private readWords(text: string, tokens: readonly Token[]): PostalCodeMention[] {
    const out: PostalCodeMention[] = [];
    const run = new SpokenDigits();
    let start = -1;
    let end = -1;
    const flushRun = (): void => {
      const digits = run.take();
      if (digits.length === 5 && start >= 0) {
        out.push({
          code: digits,
          span: { start, end, text: text.slice(start, end) },
          spoken: true,
        });
      }
      start = -1;
    };
    for (const token of tokens) {
      const pieces = token.script === 'digits' ? null : this.numbers.split(token.key);
      if (!pieces) {
        if (start >= 0 && this.numbers.isJoiner(token.key)) continue;
        flushRun();
        continue;
      }
      if (start < 0) start = token.start;
      end = token.end;
      for (const piece of pieces) run.add(piece);
    }
    flushRun();
    return out;
  }
}

function readEnglish(text: string): PostalCodeMention[] {
  const results = recognizeNumber(text, Culture.English);
  const out: PostalCodeMention[] = [];
  let digits = '';
  let start = -1;
  let end = -1;
  const flush = (): void => {
    if (digits.length === 5) {
      out.push({ code: digits, span: { start, end, text: text.slice(start, end) }, spoken: true });
    }
    digits = '';
    start = -1;
  };
  for (const r of results) {
    const value = (r.resolution as { value?: unknown } | undefined)?.value;
    const isInt = typeof value === 'string' && /^\d{1,3}$/u.test(value);
    const gap = start >= 0 ? text.slice(end + 1, r.start) : '';
    if (!isInt || (start >= 0 && !/^[\s,.-]*(?:and)?[\s,.-]*$/iu.test(gap))) flush();
    if (!isInt) continue;
    if (start < 0) start = r.start;
    end = r.end;
    digits += value;
  }
  flush();
  return out.map((m) => ({
    ...m,
    span: { ...m.span, end: m.span.end + 1, text: text.slice(m.span.start, m.span.end + 1) },
  }));
}
