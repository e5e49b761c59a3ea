/**
 * Danger happening now (violence, intruders, fire, accidents, someone who cannot breathe), read
 * apart from the matter model and tuned for recall: 112 first, whatever else the message says.
 */
import type { Lang } from '../languages';
import { LANGS } from '../languages';
import type { Lexicon } from './languageResources';
import { LexiconMatcher } from './lexiconMatcher';
import { foldWords, latinSkeleton, ukrainianSkeleton } from '../text/folding';

/** Entries of another language's danger list at least this long are also checked (recall first). */
const CROSS_LANGUAGE_MIN = 6;
/** Swedish and English are typed into each other's messages; their pairs are read across too. */
const LATIN_NEIGHBOURS: Readonly<Partial<Record<Lang, Lang>>> = { sv: 'en', en: 'sv' };

/** The emergency part of a language's lexicon. */
export type EmergencyLexicon = Pick<
  Lexicon,
  | 'emergency'
  | 'emergencyPairs'
  | 'emergencyIfNow'
  | 'emergencyNow'
  | 'emergencyMoment'
  | 'emergencyCalm'
  | 'emergencySigns'
  | 'emergencyFalseAlarm'
>;

/** What the detector found in a message. */
export interface EmergencyReading {
  /** Words of danger: a danger phrase, or both halves of a pair ("son" + "missing"). */
  danger: boolean;
  /**
   * Words that say it is happening now ("just nu", "right now", "прямо зараз", or for a pair
   * that needs it, "minutes ago", "suddenly"); read only when they can change the outcome.
   */
  now: boolean;
  /**
   * Words that make danger words an ordinary matter: the past ("last week"), paperwork ("report",
   * "insurance", "licence") or prevention ("fire safety", "smoke alarm").
   */
  calm: boolean;
  /** Danger, unless only calm words go with it. */
  emergency: boolean;
}

type Pair = readonly [LexiconMatcher<true>, LexiconMatcher<true>];

interface Lists {
  danger: LexiconMatcher<true>;
  /** The entries read in other languages' messages: long ones and phrases of several words. */
  dangerAcross: LexiconMatcher<true>;
  /** The calm entries read in other languages' messages ("vapenlicens" in an English one). */
  calmAcross: LexiconMatcher<true>;
  pairs: Pair[];
  ifNow: Pair[];
  now: LexiconMatcher<true>;
  moment: LexiconMatcher<true>;
  calm: LexiconMatcher<true>;
  /** Signs of acute trouble, each with its kind (see `SIGN_KINDS`). */
  signs: LexiconMatcher<string>;
  falseAlarm: Pair;
}

/**
 * Distinct kinds of signs of one danger that together are danger now. A sign's kind is named
 * `domain.kind` ("fire.smoke", "water.under"); a name without a dot is a sign of a body failing.
 * Two kinds of one domain count ("smoke" + "the fuse box", "dived" + "has not come up",
 * "face drooping" + "speech slurred"), two of different domains do not.
 */
const SIGN_KINDS = 2;

/** The danger a kind of sign belongs to: "fire" for "fire.smoke", "body" for "breath". */
const domainOf = (kind: string): string => {
  const dot = kind.indexOf('.');
  return dot < 0 ? 'body' : kind.slice(0, dot);
};

const flags = (list: readonly string[]): [string, true][] => list.map((p) => [p, true]);

/**
 * Apostrophes carry nothing here: "isnt breathing", "isn't breathing" and "cant breathe" are one
 * spelling for the lists, as a speech recogniser or a quick thumb writes them.
 */
const withoutApostrophes = (token: string): string => token.replace(/'/g, '');

/** Long entries and phrases: the ones another language's message is read with. */
const across = (list: readonly string[]): string[] =>
  list.filter((e) => e.replace('*', '').length >= CROSS_LANGUAGE_MIN || /\s/.test(e.trim()));

/**
 * A word written with its number or joined by hyphens ("4yo", "5-year-old", "4-åring") is also
 * read as its parts, after the message, so that "yo", "year old" and "åring" count.
 */
function withParts(tokens: readonly string[]): readonly string[] {
  let parts: string[] | undefined;
  for (const token of tokens) {
    if (!/[-\d]/.test(token) || token.length < 3) continue;
    const pieces = token.split(/-|(?<=\d)(?=\D)|(?<=\D)(?=\d)/).filter((p) => p.length > 0);
    if (pieces.length > 1) (parts ??= []).push(...pieces);
  }
  return parts ? [...tokens, ...parts] : tokens;
}

/** Whether the tokens hold enough kinds of signs of one danger (see `SIGN_KINDS`). */
function signsOfOneDanger(signs: LexiconMatcher<string>, tokens: readonly string[]): boolean {
  const kindsByDomain = new Map<string, Set<string>>();
  for (const hit of signs.findAll(tokens)) {
    const domain = domainOf(hit.value);
    const kinds = kindsByDomain.get(domain) ?? new Set<string>();
    kinds.add(hit.value);
    if (kinds.size >= SIGN_KINDS) return true;
    kindsByDomain.set(domain, kinds);
  }
  return false;
}

const both = (pair: Pair, tokens: readonly string[]): boolean =>
  pair[0].test(tokens) && pair[1].test(tokens);

/**
 * Reads the message in every language (a caller in an English conversation may shout in Swedish),
 * Ukrainian through the Latin skeleton so that Latin-typed and Russian-mixed words count too.
 * Takes the tokens of each language's TextNormalizer.
 *
 * Three kinds of evidence: a danger phrase or a pair of words that together are danger whenever
 * they are said ("boat" + "capsized", "face" + "drooping"); a pair that is danger only in the
 * present moment ("daughter" + "gone" while searching, "talks strangely" since minutes ago); and
 * calm words (the past, paperwork, prevention) that make danger words an ordinary matter unless
 * the message says it is happening now.
 */
export class EmergencyDetector {
  private readonly lists: Record<Lang, Lists>;
  private readonly skeletons = new Map<string, string>();

  constructor(lexicons: Record<Lang, EmergencyLexicon>) {
    const build = (lang: Lang): Lists => {
      const lex = lexicons[lang];
      const valued = <V>(list: readonly (readonly [string, V])[]): LexiconMatcher<V> =>
        lang === 'uk'
          ? new LexiconMatcher('uk', list, ukrainianSkeleton)
          : new LexiconMatcher(lang, list, (text) => withoutApostrophes(foldWords(text, lang)));
      const matcher = (list: readonly string[]): LexiconMatcher<true> => valued(flags(list));
      const pairs = (list: Lexicon['emergencyPairs']): Pair[] =>
        list.map(([a, b]) => [matcher(a), matcher(b)] as const);
      return {
        danger: matcher(lex.emergency),
        // English is typed inside Swedish and Ukrainian messages ("någon har en gun"): all of its
        // danger words count there; other languages' long entries and phrases only.
        dangerAcross: matcher(lang === 'en' ? lex.emergency : across(lex.emergency)),
        calmAcross: matcher(across(lex.emergencyCalm)),
        pairs: pairs(lex.emergencyPairs),
        ifNow: pairs(lex.emergencyIfNow),
        now: matcher(lex.emergencyNow),
        moment: matcher(lex.emergencyMoment),
        calm: matcher(lex.emergencyCalm),
        signs: valued(
          Object.entries(lex.emergencySigns).flatMap(([kind, list]) =>
            list.map((w): [string, string] => [w, kind]),
          ),
        ),
        falseAlarm: [
          matcher(lex.emergencyFalseAlarm[0]),
          matcher(lex.emergencyFalseAlarm[1]),
        ] as const,
      };
    };
    this.lists = { sv: build('sv'), en: build('en'), uk: build('uk') };
  }

  private skeleton(tokens: readonly string[]): string[] {
    return tokens.map((t) => {
      let s = this.skeletons.get(t);
      if (s === undefined) {
        s = latinSkeleton(t);
        if (this.skeletons.size >= 20_000) this.skeletons.clear();
        this.skeletons.set(t, s);
      }
      return s;
    });
  }

  /**
   * Reads the tokens of the message as each language's normaliser gives them. The conversation's
   * language counts fully (danger, pairs, now, calm); the others' longer danger entries and
   * phrases, Swedish and English pairs across each other, and every language's "now" words count
   * too.
   */
  read(tokensByLang: Record<Lang, readonly string[]>, lang: Lang): EmergencyReading {
    const read: Partial<Record<Lang, readonly string[]>> = {};
    const tokensOf = (l: Lang): readonly string[] =>
      (read[l] ??= withParts(
        l === 'uk' ? this.skeleton(tokensByLang.uk) : tokensByLang[l].map(withoutApostrophes),
      ));
    const own = this.lists[lang];
    const ownTokens = tokensOf(lang);
    const neighbour = LATIN_NEIGHBOURS[lang];
    // Most messages hold no danger word: stop there (the other lists are read only when needed).
    const danger =
      own.danger.test(ownTokens) ||
      signsOfOneDanger(own.signs, ownTokens) ||
      own.pairs.some((p) => both(p, ownTokens)) ||
      LANGS.some((l) => l !== lang && this.lists[l].dangerAcross.test(tokensOf(l))) ||
      (neighbour !== undefined &&
        this.lists[neighbour].pairs.some((p) => both(p, tokensOf(neighbour))));
    if (!danger) {
      // A pair that is danger only now ("my daughter is gone" while searching for her).
      const ifNow =
        own.ifNow.some((p) => both(p, ownTokens)) &&
        LANGS.some((l) => this.lists[l].moment.test(tokensOf(l))) &&
        !own.calm.test(ownTokens);
      return { danger: ifNow, now: ifNow, calm: false, emergency: ifNow };
    }
    const falseAlarm = both(own.falseAlarm, ownTokens);
    const calm =
      falseAlarm ||
      own.calm.test(ownTokens) ||
      LANGS.some((l) => l !== lang && this.lists[l].calmAcross.test(tokensOf(l)));
    // An alarm beeping for its battery is not danger now, whatever "beeping" says.
    const now = calm && !falseAlarm && LANGS.some((l) => this.lists[l].now.test(tokensOf(l)));
    return { danger, now, calm, emergency: !calm || now };
  }
}
