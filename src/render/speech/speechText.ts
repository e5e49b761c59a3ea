/** Turns screen text into words for the ear: phone numbers in groups, sites by name, no Markdown or URLs. */

const URL_RE = /\bhttps?:\/\/[^\s<>()]+[^\s<>().,;:!?'"”’]/giu;
const MARKDOWN_LINK_RE = /\[([^\]]*)\]\((?:[^()\s]+)\)/gu;

/**
 * The groups a phone number is read in, as it is written: "0771-524 524" → ["0771", "524", "524"].
 * An international Swedish number is read as dialled inside Sweden ("+46 8 …" → "08 …").
 */
export function phoneGroups(display: string): string[] {
  const national = display.trim().replace(/^\+46[\s-]*(?:\(0\))?/u, '0');
  const groups = national.split(/[\s\-–/]+/u).map((g) => g.replace(/\D/g, ''));
  const kept = groups.filter((g) => g !== '');
  // "0" left alone before the area code belongs to it ("+46 8" → "0", "8" → "08").
  if (kept.length > 1 && kept[0] === '0') return [`0${kept[1] ?? ''}`, ...kept.slice(2)];
  return kept;
}

/** The name of a web site as people say it: "https://www.skatteverket.se/x" → "skatteverket.se". */
export function siteName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./iu, '');
  } catch {
    return (
      url
        .replace(/^https?:\/\//iu, '')
        .replace(/^www\./iu, '')
        .split('/')[0] ?? url
    );
  }
}

/**
 * Screen text (Markdown with links and line breaks) as paragraphs to be spoken: emphasis and
 * link syntax and bracketed asides removed, every URL replaced by its site's name, list bullets and
 * headings dropped.
 */
export function speakableParagraphs(markdown: string): string[] {
  const text = markdown
    .replace(MARKDOWN_LINK_RE, '$1')
    // A bracketed aside ("(Migrationsverket)", "(UT-kort)") is for the eye, not the ear.
    .replace(/\s*\((?!https?:)[^()\n]*\)/gu, '')
    .replace(URL_RE, (url) => siteName(url))
    .replace(/(\*\*|__|\*|`)/gu, '')
    .replace(/(^|\s)_(\S[^_]*\S|\S)_(?=\s|$|[.,;:!?])/gu, '$1$2');
  return text
    .split(/\n\s*\n/u)
    .map((p) =>
      p
        .split('\n')
        .map((line) => line.replace(/^\s*(?:#{1,6}\s+|[-+•]\s+|>\s?)/u, '').trim())
        .filter((line) => line !== '')
        .map((line) => (/[.!?:;,]$/u.test(line) ? line : `${line}.`))
        .join(' '),
    )
    .filter((p) => p !== '');
}
