/** Text normalisation shared by the language and command matchers. */

/** Lower-cases, folds apostrophes, and reduces punctuation and spacing to single spaces. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/[’ʼ`]/g, "'")
    .replace(/[^\p{L}\p{N}'\- ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a normalised text. */
export function words(normalized: string): string[] {
  return normalized.split(' ').filter((w) => w.length > 0);
}

/** True when `phrase` stands in `text` as whole words. */
export function containsPhrase(text: string, phrase: string): boolean {
  return ` ${text} `.includes(` ${phrase} `);
}
