/** Reads misspelt words as the known word they are one or two typing slips away from ("pention" → "pension"). */

/** Words shorter than this are left alone: too many short words are one slip from another. */
const MIN_LENGTH = 5;
/**
 * Below this length a word is corrected only for a letter left out ("helth") or two letters
 * swapped: other single changes too often turn one ordinary word into another ("score" → "sore").
 */
const SHORT = 7;
/** Words of at least this length may be two slips away; shorter ones one. */
const TWO_SLIPS = 9;
/** Corrections remembered at most (every new word a user types lands here). */
const CACHE_LIMIT = 20_000;

/**
 * Optimal string alignment distance (insertions, deletions, substitutions and swaps of
 * neighbours), stopping early once it exceeds `max`.
 */
export function typingDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = new Array<number>(b.length + 1).fill(0);
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (before[j - 2] ?? 0) + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/** True when `word` is `token` with one letter added back, or with two neighbours swapped. */
function leftOutOrSwapped(token: string, word: string): boolean {
  if (word.length === token.length + 1) {
    for (let i = 0; i < word.length; i += 1)
      if (word.slice(0, i) + word.slice(i + 1) === token) return true;
    return false;
  }
  if (word.length !== token.length) return false;
  for (let i = 0; i + 1 < token.length; i += 1) {
    if (token[i] !== word[i]) {
      return (
        token[i] === word[i + 1] &&
        token[i + 1] === word[i] &&
        token.slice(i + 2) === word.slice(i + 2)
      );
    }
  }
  return false;
}

/**
 * A corrector over a closed vocabulary (the training text, the word lists and the catalogue of one
 * language, folded). A word it knows, a word that begins with a known stem ("pensions" for
 * "pension*") and short words are kept; an unknown word becomes the known word closest to it
 * when one is within one slip (two for long words) and shares its first letter, unless one of
 * the two is the other plus an ending (an inflection the word lists already allow for).
 */
export class SpellingCorrector {
  private readonly words = new Set<string>();
  private readonly stems = new Set<string>();
  /** Known words by first letter, for the search. */
  private readonly byInitial = new Map<string, string[]>();
  private readonly cache = new Map<string, string>();

  /** `words` are folded tokens; `stems` folded prefixes (entries that ended with `*`). */
  constructor(words: Iterable<string>, stems: Iterable<string> = []) {
    for (const w of words) this.words.add(w);
    for (const s of stems) if (s.length >= 3) this.stems.add(s);
    for (const w of [...this.words, ...this.stems]) {
      if (w.length < MIN_LENGTH - 1 || /\d/.test(w)) continue;
      const list = this.byInitial.get(w.charAt(0)) ?? [];
      list.push(w);
      this.byInitial.set(w.charAt(0), list);
    }
  }

  private known(token: string): boolean {
    if (this.words.has(token)) return true;
    for (let n = 3; n <= token.length; n += 1) if (this.stems.has(token.slice(0, n))) return true;
    return false;
  }

  /** The token as the vocabulary spells it, or the token itself. */
  correct(token: string): string {
    if (token.length < MIN_LENGTH || /\d/.test(token)) return token;
    const cached = this.cache.get(token);
    if (cached !== undefined) return cached;
    let best = token;
    if (!this.known(token)) {
      const max = token.length >= TWO_SLIPS ? 2 : 1;
      let bestDistance = max + 1;
      for (const word of this.byInitial.get(token.charAt(0)) ?? []) {
        // A stem stands for the words it begins: compare it with as much of the token.
        const isStem = this.stems.has(word) && !this.words.has(word);
        // A stem is the start of longer words, not a word: a token shorter than it is a
        // complete other word (Russian "подать", submit, is not the stem "податк*", tax).
        if (isStem && token.length < word.length) continue;
        const target = isStem ? token.slice(0, Math.min(token.length, word.length + 1)) : token;
        // A known word plus an ending ("healthy", "places") is an inflection, not a slip.
        if (!isStem && (token.startsWith(word) || word.startsWith(token))) continue;
        if (token.length < SHORT && !isStem && !leftOutOrSwapped(token, word)) continue;
        const d = typingDistance(target, word, bestDistance - 1);
        if (d < bestDistance) {
          bestDistance = d;
          best = isStem ? word + token.slice(target.length) : word;
        }
      }
    }
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(token, best);
    return best;
  }
}
