/** Removes personal identity numbers, phone numbers and e-mail addresses from text before it is logged or stored. */

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
// Personal identity and coordination numbers: YYMMDD-NNNN, YYYYMMDDNNNN, with - + or space.
const PERSONAL_NUMBER = /(?<!\d)(?:19|20)?\d{2}[01]\d[0-9]\d[-+ ]?\d{4}(?!\d)/g;
// Phone numbers: +46 / 0046 / 0 prefixes with 6-12 more digits, spaces or dashes between groups.
const PHONE = /(?<![\p{L}\d])(?:\+|00)?\d(?:[\s-]?\d){6,13}(?!\d)/gu;

/** What a redaction replaced, so callers can warn the person without echoing it. */
export interface Redaction {
  text: string;
  personalNumbers: number;
  phones: number;
  emails: number;
}

/** Replaces every personal number, phone number and e-mail address in `text` with a marker. */
export function redact(text: string): Redaction {
  let personalNumbers = 0;
  let phones = 0;
  let emails = 0;
  const out = text
    .replace(EMAIL, () => {
      emails++;
      return '[e-mail]';
    })
    .replace(PERSONAL_NUMBER, () => {
      personalNumbers++;
      return '[personnummer]';
    })
    .replace(PHONE, (match) => {
      // Five-digit groups are postal codes, which are not personal; keep them.
      if (match.replace(/\D/g, '').length < 7) return match;
      phones++;
      return '[phone]';
    });
  return { text: out, personalNumbers, phones, emails };
}

/** The redacted text alone. */
export function redactText(text: string): string {
  return redact(text).text;
}
