/** XML text and attribute escaping for SSML: whatever a person typed can never become markup. */

/** Characters XML 1.0 does not allow at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF). */
const NOT_XML = new RegExp(
  [
    '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]',
    '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])',
    '(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]',
  ].join('|'),
  'g',
);

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text safe inside an SSML element or attribute: the five XML specials escaped, invalid characters dropped. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

const UNESCAPED: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(ENTITIES).map(([ch, entity]) => [entity, ch]),
);

/**
 * The words of an SSML document as plain text, for a transcript or a log of what a caller heard:
 * a digit group or a change of voice is a word boundary, a stop stays against the word before it
 * ("Skatteverket, deals", "0771 451 000."), and the XML specials are read back.
 */
export function ssmlPlainText(ssml: string): string {
  return ssml
    .replace(/<[^>]*>/gu, ' ')
    .replace(/&(?:amp|lt|gt|quot|apos);/gu, (entity) => UNESCAPED[entity] ?? entity)
    .replace(/\s+/gu, ' ')
    .replace(/ (?=[.,;:!?)»”])/gu, '')
    .trim();
}
