/** Removes personal identity numbers, phone numbers and e-mail addresses from text before it is logged or stored. */
import Personnummer from 'personnummer';

// A match may only start where the local part starts: without the look-behind, a long run of
// letters would be rescanned from every position (seconds of CPU for a 100 kB message). The domain
// may be a name with dots (example.se), a bare host (localhost) or an address literal ([127.0.0.1]).
const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@(?:\[[^\]\s]{1,100}\]|[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,10})/gu;
// Runs of digits with at most a few separators between them (-, +, space, dot, slash): personal
// numbers and phone numbers however they are grouped ("19121212/1212", "070.123.45.67",
// "1 9 1 2 1 2 1 2 1 2 1 2"). Each run is judged by its digits alone.
const DIGIT_RUN = /(?<!\d)(?:\+|00)?\d(?:[-+ ./]{0,3}\d){6,20}(?!\d)/gu;
// How a personal number is written: YYMMDD or YYYYMMDD, then "-", "+", a space or nothing, then NNNN.
const PERSONAL_NUMBER_SHAPE = /^(?:\d{6}|\d{8})[-+ ]?\d{4}$/;
// A date such as 2026-11-25, or opening hours such as 10.00-16.00, are not phone numbers.
const NOT_PERSONAL = [/^(?:19|20)\d{2}-[01]\d-[0-3]\d$/, /^\d{1,2}[.:]\d{2} ?- ?\d{1,2}[.:]\d{2}$/];

// Zero-width and invisible characters someone may put inside a number to slip past a filter.
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]/gu;
// Every dash and minus (en dash, U+2010, U+2212 …) reads as "-".
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/gu;
// Every space (no-break, thin, ideographic …) reads as " ".
const SPACES = /[\p{Zs}\t]/gu;
// "anna(at)example(dot)se", "anna [at] example [dot] se", "anna @ example.se".
const AT_WORD = /\s*[([{]\s*(?:at|snabel-?a|собака)\s*[)\]}]\s*|\s+@\s*|\s*@\s+/giu;
const DOT_WORD = /\s*[([{]\s*(?:dot|punkt|крапка)\s*[)\]}]\s*/giu;

// Digits said as words, in the three languages: a phone number may be written out.
const DIGIT_WORDS: readonly (readonly [string, string])[] = [
  ...['noll', 'nolla', 'zero', 'oh', 'нуль'].map((w) => [w, '0'] as const),
  ...['ett', 'en', 'etta', 'one', 'один', 'одна'].map((w) => [w, '1'] as const),
  ...['två', 'tvåa', 'two', 'два', 'дві'].map((w) => [w, '2'] as const),
  ...['tre', 'trea', 'three', 'три'].map((w) => [w, '3'] as const),
  ...['fyra', 'fyran', 'four', 'чотири'].map((w) => [w, '4'] as const),
  ...['fem', 'femma', 'five', "п'ять", 'п’ять', 'пʼять'].map((w) => [w, '5'] as const),
  ...['sex', 'sexa', 'six', 'шість'].map((w) => [w, '6'] as const),
  ...['sju', 'sjua', 'seven', 'сім'].map((w) => [w, '7'] as const),
  ...['åtta', 'åttan', 'eight', 'вісім'].map((w) => [w, '8'] as const),
  ...['nio', 'nia', 'nine', "дев'ять", 'дев’ять', 'девʼять'].map((w) => [w, '9'] as const),
];
const DIGIT_WORD_MAP = new Map(DIGIT_WORDS);
// Seven or more digit words (or digits) in a row, with spaces, commas or dashes between.
const DIGIT_WORD_RUN =
  /(?<![\p{L}'’])(?:[\p{L}'’]+|\d)(?:[\s,-]+(?:[\p{L}'’]+|\d)){6,}(?![\p{L}'’])/gu;

/**
 * The text as the redactor reads it: compatibility forms folded (NFKC: fullwidth digits and ＠),
 * invisible characters dropped, every dash a "-", every space a " ", spelled-out "(at)"/"(dot)"
 * and spaces around "@" closed, and runs of seven or more digit words written as digits.
 */
export function normalizeForRedaction(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .replace(AT_WORD, '@')
    .replace(DOT_WORD, '.')
    .replace(DIGIT_WORD_RUN, (run) => {
      const tokens = run.split(/[\s,-]+/u);
      const digits = tokens.map((t) => (/^\d$/u.test(t) ? t : DIGIT_WORD_MAP.get(t.toLowerCase())));
      return digits.every((d) => d !== undefined) ? digits.join('') : run;
    });
}

/** What a redaction replaced, so callers can warn the person without echoing it. */
export interface Redaction {
  text: string;
  /**
   * Numbers removed as personal identity or coordination numbers: the valid ones and the
   * look-alikes (a possible date, a wrong check digit), which are most often a mistyped real one.
   */
  personalNumbers: number;
  /** Of those, the valid ones by the `personnummer` library's date and check-digit rules. */
  verifiedPersonalNumbers: number;
  /** Of the valid ones, coordination numbers (samordningsnummer: day of birth + 60). */
  coordinationNumbers: number;
  phones: number;
  emails: number;
}

function plausibleDay(day: number): boolean {
  return (day >= 1 && day <= 31) || (day >= 61 && day <= 91);
}

/** Classifies 10 or 12 digits: a valid personal or coordination number, a look-alike, or neither. */
function classify(
  digits: string,
  hundredPlus: boolean,
): 'personal' | 'coordination' | 'lookAlike' | undefined {
  const ten = digits.slice(-10);
  const century = digits.length === 12 ? digits.slice(0, 2) : '';
  if (century !== '' && century !== '19' && century !== '20') return undefined;
  const month = Number(ten.slice(2, 4));
  const day = Number(ten.slice(4, 6));
  if (month < 1 || month > 12 || !plausibleDay(day)) return undefined;
  const pin = `${century}${ten.slice(0, 6)}${hundredPlus ? '+' : '-'}${ten.slice(6)}`;
  if (!Personnummer.valid(pin, { allowCoordinationNumber: true, allowInterimNumber: false })) {
    return 'lookAlike';
  }
  return day > 60 ? 'coordination' : 'personal';
}

/**
 * Replaces every personal identity or coordination number, phone number and e-mail address in
 * `text` with a marker, after reading the text as normalizeForRedaction does (so a fullwidth,
 * dotted, spaced or zero-width-split number is caught; the text returned is the normalised one).
 * Candidates are found by shape and checked with the `personnummer`
 * library (date, coordination day + 60, Luhn check digit). A look-alike that fails the check is
 * removed all the same, as `[personnummer]`: a number mistyped by one digit still points at a
 * person, and neither a log nor a stored text needs it. Postal codes and short numbers are kept.
 */
export function redact(text: string): Redaction {
  let personalNumbers = 0;
  let coordinationNumbers = 0;
  let verifiedPersonalNumbers = 0;
  let phones = 0;
  let emails = 0;
  const out = normalizeForRedaction(text)
    .replace(EMAIL, () => {
      emails++;
      return '[e-mail]';
    })
    .replace(DIGIT_RUN, (match) => {
      if (NOT_PERSONAL.some((pattern) => pattern.test(match))) return match;
      const digits = match.replace(/\D/g, '');
      if (digits.length === 10 || digits.length === 12) {
        const kind = classify(digits, /\d\+\d/.test(match.replace(/ /g, '')));
        // A look-alike counts only in a personal number's own grouping; otherwise it is a phone.
        const shaped = PERSONAL_NUMBER_SHAPE.test(match);
        if (kind !== undefined && (kind !== 'lookAlike' || shaped)) {
          personalNumbers++;
          if (kind !== 'lookAlike') verifiedPersonalNumbers++;
          if (kind === 'coordination') coordinationNumbers++;
          return '[personnummer]';
        }
      }
      // Groups of fewer than seven digits (postal codes, years, amounts) are not personal.
      if (digits.length < 7) return match;
      phones++;
      return '[phone]';
    });
  return {
    text: out,
    personalNumbers,
    verifiedPersonalNumbers,
    coordinationNumbers,
    phones,
    emails,
  };
}

/** The redacted text alone. */
export function redactText(text: string): string {
  return redact(text).text;
}

/** True when `text` holds nothing `redact` would remove. */
export function isClean(text: string): boolean {
  const r = redact(text);
  return r.personalNumbers + r.phones + r.emails === 0;
}
