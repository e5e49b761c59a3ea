/** Finds word-list phrases in tokens, allowing inflection, Swedish compounds and truncated stems ("drunkn*"). */
import type { Lang } from '../languages';
import { foldWords, splitWords } from '../text/folding';

/** Endings a whole-word entry may take (the entry "skuld" also finds "skulden", "skulder"). */
const SUFFIXES: Readonly<Record<Lang, readonly string[]>> = {
  sv: [
    '',
    'n',
    'en',
    'et',
    't',
    'er',
    'ar',
    'or',
    'na',
    'erna',
    'arna',
    'orna',
    's',
    'ns',
    'ens',
    'ets',
    'e',
    'a',
    'at',
    'ade',
  ],
  en: ['', 's', 'es', 'ed', 'ing'],
  uk: [''],
};

/** Tokens whose candidate entries are remembered at most (see `candidates`). */
const CANDIDATE_CACHE_LIMIT = 20_000;

/** The candidates of a token no entry can start at. */
const NONE: readonly never[] = [];

/** Entries at least this long also match as the head or tail of a Swedish compound word. */
const COMPOUND_MIN = 6;

interface Entry<V> {
  words: string[];
  /** Per word: true when it ended with `*` (any ending matches). */
  prefix: boolean[];
  compound: boolean;
  value: V;
  size: number;
}

/** "ut-kort" is also written "ut kort" and "utkort": every hyphenated entry gets all three forms. */
function spellings(phrase: string): string[] {
  if (!phrase.includes('-')) return [phrase];
  return [phrase, phrase.replace(/-/g, ' '), phrase.replace(/-/g, '')];
}

/** One phrase found in a message. */
export interface LexiconHit<V> {
  value: V;
  /** Index of the first and one past the last token the phrase covers. */
  start: number;
  end: number;
  /** Length of the matched entry in characters: longer entries win over the ones they contain. */
  size: number;
}

/**
 * A compiled word list for one language. Entries are folded like the text; a trailing `*` makes that
 * word a prefix, and Swedish entries of six letters or more also match inside compounds
 * ("föräldrapenning" in "föräldrapenningen", "pension" in "ålderspensionen").
 */
export class LexiconMatcher<V> {
  private readonly entries: Entry<V>[];
  /** Entries by the first two letters of their first word (compound entries are in `compounds`). */
  private readonly index = new Map<string, Entry<V>[]>();
  private readonly compounds: Entry<V>[] = [];
  private readonly candidateCache = new Map<string, readonly Entry<V>[]>();
  private readonly suffixes: readonly string[];

  /**
   * `fold` is how entries are brought to the form of the tokens they are compared with: the
   * language's folding by default, the Latin skeleton for the matter catalogue's Ukrainian.
   */
  constructor(
    readonly lang: Lang,
    phrases: Iterable<readonly [string, V]>,
    fold: (text: string) => string = (text) => foldWords(text, lang),
  ) {
    this.suffixes = SUFFIXES[lang];
    this.entries = [];
    for (const [phrase, value] of phrases) {
      for (const spelling of spellings(phrase)) {
        const raw = fold(spelling)
          .split(/\s+/)
          .filter((w) => w.length > 0);
        const prefix = raw.map((w) => w.endsWith('*'));
        const words = raw.map((w) => splitWords(w.replace(/\*$/, '')).join('-'));
        if (words.length === 0 || words.some((w) => w === '')) continue;
        const last = words[words.length - 1] ?? '';
        const entry: Entry<V> = {
          words,
          prefix,
          compound:
            lang === 'sv' && !prefix[0] && words.length === 1 && last.length >= COMPOUND_MIN,
          value,
          size: words.join(' ').length,
        };
        this.entries.push(entry);
        const key = (words[0] ?? '').slice(0, 2);
        this.index.set(key, [...(this.index.get(key) ?? []), entry]);
        if (entry.compound) this.compounds.push(entry);
      }
    }
  }

  /** Every entry found in the tokens, overlapping ones included. */
  findAll(tokens: readonly string[]): LexiconHit<V>[] {
    const hits: LexiconHit<V>[] = [];
    for (let i = 0; i < tokens.length; i += 1) {
      const token = tokens[i] ?? '';
      for (const entry of this.candidates(token)) {
        const n = entry.words.length;
        if (i + n <= tokens.length && this.matchesAt(entry, tokens, i)) {
          hits.push({ value: entry.value, start: i, end: i + n, size: entry.size });
        }
      }
    }
    return hits;
  }

  /** The entries that may start at a token: same first two letters, or a compound inside it. */
  private candidates(token: string): readonly Entry<V>[] {
    const known = this.candidateCache.get(token);
    if (known) return known;
    const bucket = this.index.get(token.slice(0, 2));
    // No entry starts like the token and none is a compound's part: nothing to find or remember
    // (most of the danger pairs' small lists, for most words of a message).
    if (bucket === undefined && this.compounds.length === 0) return NONE;
    const found = [...(bucket ?? [])];
    for (const entry of this.compounds) {
      const word = entry.words[0] ?? '';
      if (token.length > word.length && token.includes(word) && !token.startsWith(word.slice(0, 2)))
        found.push(entry);
    }
    // Keep only the entries whose first word matches this token: that test depends on the token
    // alone, so a word seen before costs nothing more (most entries are one word).
    const matching = found.filter((entry) => this.wordMatches(entry, 0, token));
    // Words repeat across messages; a long-running server keeps the cache bounded.
    if (this.candidateCache.size >= CANDIDATE_CACHE_LIMIT) this.candidateCache.clear();
    this.candidateCache.set(token, matching);
    return matching;
  }

  /** The entries found, keeping only the longest where several cover the same tokens. */
  find(tokens: readonly string[]): LexiconHit<V>[] {
    const all = this.findAll(tokens).sort((a, b) => b.size - a.size || a.start - b.start);
    const taken = new Set<number>();
    const kept: LexiconHit<V>[] = [];
    for (const hit of all) {
      let free = true;
      for (let i = hit.start; i < hit.end; i += 1) if (taken.has(i)) free = false;
      if (!free) continue;
      for (let i = hit.start; i < hit.end; i += 1) taken.add(i);
      kept.push(hit);
    }
    return kept.sort((a, b) => a.start - b.start);
  }

  /** True when any entry occurs in the tokens. */
  test(tokens: readonly string[]): boolean {
    for (let i = 0; i < tokens.length; i += 1) {
      for (const entry of this.candidates(tokens[i] ?? '')) {
        if (i + entry.words.length <= tokens.length && this.matchesAt(entry, tokens, i))
          return true;
      }
    }
    return false;
  }

  /** How many entries (spellings included) the list holds. */
  get size(): number {
    return this.entries.length;
  }

  /** The entry's words after the first (which `candidates` has already matched). */
  private matchesAt(entry: Entry<V>, tokens: readonly string[], at: number): boolean {
    for (let k = 1; k < entry.words.length; k += 1)
      if (!this.wordMatches(entry, k, tokens[at + k] ?? '')) return false;
    return true;
  }

  /** Whether word `k` of the entry matches the token (the last word may be a compound's part). */
  private wordMatches(entry: Entry<V>, k: number, token: string): boolean {
    const word = entry.words[k] ?? '';
    if (entry.prefix[k]) return token.startsWith(word);
    if (this.withSuffix(token, word, 0)) return true;
    if (k < entry.words.length - 1 || !entry.compound) return false;
    // Head of a compound ("bostadsbidragsansökan") or its tail ("ålderspensionen").
    if (token.startsWith(word) && token.length >= word.length + 3) return true;
    return this.withSuffix(token, word, 3);
  }

  /** True when token = something of at least `minHead` letters + word + an allowed ending. */
  private withSuffix(token: string, word: string, minHead: number): boolean {
    for (const suffix of this.suffixes) {
      const len = word.length + suffix.length;
      if (token.length - len < minHead || (minHead === 0 && token.length !== len)) continue;
      if (
        token.endsWith(suffix) &&
        token.slice(token.length - len, token.length - suffix.length) === word
      ) {
        return true;
      }
    }
    return false;
  }
}
