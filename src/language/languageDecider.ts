/** Decides the language of a conversation, turn by turn, as CONTRACT.md "Languages" orders it. */
import { LANGS, type Lang } from '../languages';
import type { LanguageResources } from './languageResources';
import { containsPhrase, foldPhrase, phraseWords, splitClauses } from '../text/folding';

/** Where the current language came from, strongest first. */
export type LanguageSource = 'explicit' | 'message' | 'remembered' | 'locale' | 'default';

/** What the conversation knows about its language before this turn. */
export interface LanguageMemory {
  lang: Lang;
  source: LanguageSource;
}

export interface LanguageInput {
  /** The message text, if any. */
  text?: string | undefined;
  /** The activity's locale, e.g. "uk-UA". */
  activityLocale?: string | undefined;
  /** The conversation's language so far. */
  conversation?: LanguageMemory | undefined;
  /** The language remembered for this user from earlier conversations. */
  remembered?: Lang | undefined;
}

export interface LanguageDecision extends LanguageMemory {
  /** The person asked for a language in this message. */
  explicit: boolean;
  /** The message did nothing but ask for a language ("English please", a language button). */
  requestOnly: boolean;
  /** The language differs from the conversation's language before this turn. */
  changed: boolean;
}

const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;
const SWEDISH_LETTERS = /[åäö]/;
/** A statement word this close before or after a language phrase makes it a statement. */
const NEAR_BEFORE = 2;
const NEAR_AFTER = 2;
/**
 * A clause with more words than this before the language phrase (fillers aside) is no request
 * ("I got a letter in Swedish"); words after it may follow ("på engelska tack, jag förstår inte").
 */
const REQUEST_LEAD = 1;

/** One clause of a message, as the language reading sees it. */
interface Clause {
  /** The language the clause asks for; `only` when nothing but fillers stands beside it. */
  request?: { lang: Lang; only: boolean };
  /** The clause names a language (a request, or talk about someone's language). */
  talk: boolean;
  /** The clause says something about a language ("she doesn't speak Swedish yet"). */
  statement: boolean;
  /** Nothing but fillers ("please", "будь ласка"). */
  empty: boolean;
}

/** Pure: decides a turn's language from the text, the activity and what is remembered. */
export class LanguageDecider {
  private readonly requests: { phrase: string; lang: Lang }[];
  private readonly names: Map<string, Lang>;
  private readonly fillers: Set<string>;
  private readonly statementWords: Set<string>;
  private readonly markers: Record<Lang, Set<string>>;

  constructor(resources: LanguageResources) {
    this.requests = LANGS.flatMap((writtenIn) =>
      LANGS.flatMap((asked) =>
        resources[writtenIn].requests[asked].map((p) => ({ phrase: foldPhrase(p), lang: asked })),
      ),
    ).sort((a, b) => b.phrase.length - a.phrase.length);
    this.fillers = new Set(LANGS.flatMap((l) => resources[l].fillers.map(foldPhrase)));
    this.statementWords = new Set(
      LANGS.flatMap((l) => resources[l].statementWords.map(foldPhrase)),
    );
    this.names = new Map(
      LANGS.flatMap((lang) =>
        [resources[lang].name, ...resources[lang].names].map((n) => [foldPhrase(n), lang] as const),
      ),
    );
    // Another language's name for a language ("engelska", "англійська") also picks it.
    for (const { phrase, lang } of this.requests) {
      const bare = phrase.split(' ').at(-1);
      if (bare !== undefined && !this.fillers.has(bare) && !this.names.has(bare)) {
        this.names.set(bare, lang);
      }
    }
    this.markers = {
      sv: new Set(resources.sv.markers.map(foldPhrase)),
      en: new Set(resources.en.markers.map(foldPhrase)),
      uk: new Set(resources.uk.markers.map(foldPhrase)),
    };
  }

  /** The language for this turn. */
  decide(input: LanguageInput): LanguageDecision {
    const before = input.conversation?.lang;
    const make = (lang: Lang, source: LanguageSource, explicit = false, requestOnly = false) => ({
      lang,
      source,
      explicit,
      requestOnly,
      changed: before !== undefined && before !== lang,
    });
    const text = foldPhrase(input.text ?? '');

    const asked = this.explicitRequest(input.text ?? '');
    if (asked !== undefined) return make(asked.lang, 'explicit', true, asked.requestOnly);

    const held = input.conversation;
    if (held !== undefined && (held.source === 'explicit' || held.source === 'message')) {
      return make(held.lang, held.source);
    }
    const written = this.detect(text);
    if (written !== undefined) return make(written, 'message');
    if (held !== undefined) return make(held.lang, held.source);
    if (input.remembered !== undefined) return make(input.remembered, 'remembered');
    const fromLocale = localeToLang(input.activityLocale);
    if (fromLocale !== undefined) return make(fromLocale, 'locale');
    return make('sv', 'default');
  }

  /**
   * The language a message asks for, if it asks for one: a language's name alone, or a clause that
   * asks ("can we speak English", "по-українськи, будь ласка") with few other words and no
   * negation or other person near the phrase ("she doesn't speak Swedish yet" asks nothing).
   * `requestOnly` when the rest is fillers or talk about languages ("English please, my Swedish
   * is not good").
   */
  explicitRequest(text: string): { lang: Lang; requestOnly: boolean } | undefined {
    const normalized = foldPhrase(text);
    if (normalized === '') return undefined;
    const byName = this.names.get(normalized);
    if (byName !== undefined) return { lang: byName, requestOnly: true };
    const clauses = this.clauses(text);
    const asked = clauses.filter((c) => c.request !== undefined).at(-1)?.request;
    if (asked === undefined) return undefined;
    const requestOnly = clauses.every((c) =>
      c.request === undefined ? c.talk || c.empty : c.request.only,
    );
    return { lang: asked.lang, requestOnly };
  }

  /**
   * The message without its clauses of talk about someone's language, when it has such a statement
   * and asks for no language ("he broke his leg, he doesn't speak English well" → "he broke his
   * leg"); undefined otherwise. Empty when the message says nothing else.
   */
  withoutLanguageTalk(text: string): string | undefined {
    const parts = splitClauses(text).filter((p) => foldPhrase(p) !== '');
    const clauses = parts.map((p) => this.clause(foldPhrase(p)));
    if (clauses.some((c) => c.request !== undefined) || !clauses.some((c) => c.statement)) {
      return undefined;
    }
    return parts.filter((_, i) => clauses[i]?.talk !== true).join('. ');
  }

  /**
   * The message without the words that name a language or ask for one ("1177 українською" →
   * "1177"), when it says more than that; undefined otherwise.
   */
  withoutLanguageWords(text: string): string | undefined {
    let folded = foldPhrase(text);
    for (const { phrase } of this.requests)
      folded = ` ${folded} `.replace(` ${phrase} `, ' ').trim();
    const rest = phraseWords(folded).filter((w) => !this.names.has(w));
    if (rest.length === phraseWords(foldPhrase(text)).length) return undefined;
    return rest.some((w) => !this.fillers.has(w)) ? rest.join(' ') : undefined;
  }

  private clauses(text: string): Clause[] {
    return splitClauses(text)
      .map(foldPhrase)
      .filter((c) => c !== '')
      .map((c) => this.clause(c));
  }

  private clause(folded: string): Clause {
    const words = phraseWords(folded);
    const empty = words.every((w) => this.fillers.has(w));
    const hit = this.requests.find((r) => containsPhrase(folded, r.phrase));
    const stated = (from: number, to: number): boolean =>
      words.slice(Math.max(0, from), to).some((w) => this.statementWords.has(w));
    if (hit === undefined) {
      // "English, please": a language's name alone in its clause.
      const named = words.filter((w) => !this.fillers.has(w));
      const lang = named.length === 1 ? this.names.get(named[0] ?? '') : undefined;
      if (lang !== undefined)
        return { request: { lang, only: true }, talk: true, statement: false, empty };
      const talk = words.some((w) => this.names.has(w));
      return { talk, statement: talk && stated(0, words.length), empty };
    }
    const length = phraseWords(hit.phrase).length;
    const at = words.findIndex((_, i) => words.slice(i, i + length).join(' ') === hit.phrase);
    const statement = stated(at - NEAR_BEFORE, at) || stated(at + length, at + length + NEAR_AFTER);
    const other = (w: string): boolean => !this.fillers.has(w) && !this.names.has(w);
    const lead = words.slice(0, at).filter(other).length;
    if (statement || lead > REQUEST_LEAD) return { talk: true, statement, empty };
    const only = lead === 0 && !words.slice(at + length).some(other);
    return { request: { lang: hit.lang, only }, talk: true, statement, empty };
  }

  /** The language a message is clearly written in, or undefined when it is short or unclear. */
  detect(normalized: string): Lang | undefined {
    const cyrillic = normalized.match(CYRILLIC)?.length ?? 0;
    const latin = normalized.match(LATIN)?.length ?? 0;
    if (cyrillic >= 3 && cyrillic > latin) return 'uk';
    const tokens = phraseWords(normalized).filter((w) => /\p{L}/u.test(w));
    if (tokens.length < 2) return undefined;
    const sv =
      tokens.filter((w) => this.markers.sv.has(w)).length +
      (SWEDISH_LETTERS.test(normalized) ? 1 : 0);
    const en = tokens.filter((w) => this.markers.en.has(w)).length;
    // Ukrainian (or Russian) typed in Latin letters: "pryvit, ya hochu znajty robotu".
    const uk = tokens.filter((w) => this.markers.uk.has(w)).length;
    if (uk >= 2 && uk > 2 * Math.max(sv, en)) return 'uk';
    if (sv >= 2 && sv > 2 * en) return 'sv';
    if (en >= 2 && en > 2 * sv) return 'en';
    return undefined;
  }
}

/** "uk-UA" → "uk"; undefined for locales of other languages. */
export function localeToLang(locale: string | undefined): Lang | undefined {
  const prefix = locale?.toLowerCase().split(/[-_]/)[0];
  if (prefix === 'sv' || prefix === 'en' || prefix === 'uk') return prefix;
  return undefined;
}
