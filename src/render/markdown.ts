/** Markdown escaping of text a person wrote, before it stands in a Markdown reply. */

/**
 * Characters with an inline meaning in CommonMark and Web Chat's Markdown (emphasis, code, links,
 * tables, strike-through), escaped with a backslash. Block markers (#, -, 1.) need no escape: the
 * words stand inside a sentence and line breaks are folded away.
 */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]()|~]/g;
/** HTML and entity starts, written as entities so no tag or entity of the person's survives. */
const HTML: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * The person's own words shown as they wrote them, never as markup: no link, image, emphasis,
 * heading or HTML of theirs becomes part of the reply (the Markdown counterpart of SSML escaping).
 * Line breaks become spaces, so the words cannot start a block of their own.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .replace(/[&<>]/g, (ch) => HTML[ch] ?? ch)
    .replace(MARKDOWN_PUNCTUATION, (ch) => `\\${ch}`);
}
