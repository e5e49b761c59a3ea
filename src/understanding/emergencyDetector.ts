/**
 * Danger happening now (violence, intruders, fire, accidents, someone who cannot breathe), read
 * apart from the matter model and tuned for recall: 112 first, whatever else the message says.
 */
import type { Lang } from '../languages';
import { LANGS } from '../languages';
import type { Lexicon } from './languageResources';
import { LexiconMatcher } from './lexiconMatcher';
import { latinSkeleton, ukrainianSkeleton } from '../text/folding';

/** Entries of another language's danger list at least this long are also checked (recall first). */
const CROSS_LANGUAGE_MIN = 6;

/** The emergency part of a language's lexicon. */
export type EmergencyLexicon = Pick<
  Lexicon,
  'emergency' | 'emergencyPairs' | 'emergencyNow' | 'emergencyCalm'
>;

/** What the detector found in a message. */
export interface EmergencyReading {
  /** Words of danger: a danger phrase, or both halves of a pair ("son" + "missing"). */
  danger: boolean;
  /** Words that say it is happening now ("just nu", "right now", "прямо зараз"); read only when calm words are there. */
  now: boolean;
  /**
   * Words that make danger words an ordinary matter: the past ("last week"), paperwork ("report",
   * "insurance", "licence") or prevention ("fire safety", "smoke alarm").
   */
  calm: boolean;
  /** Danger, unless only calm words go with it. */
  emergency: boolean;
}

interface Lists {
  danger: LexiconMatcher<true>;
  dangerLong: LexiconMatcher<true>;
  pairs: [LexiconMatcher<true>, LexiconMatcher<true>][];
  now: LexiconMatcher<true>;
  calm: LexiconMatcher<true>;
}

const flags = (list: readonly string[]): [string, true][] => list.map((p) => [p, true]);

/**
 * Reads the message in every language (a caller in an English conversation may shout in Swedish),
 * Ukrainian through the Latin skeleton so that Latin-typed and Russian-mixed words count too.
 * Takes the tokens of each language's TextNormalizer.
 */
export class EmergencyDetector {
  private readonly lists: Record<Lang, Lists>;
  private readonly skeletons = new Map<string, string>();

  constructor(lexicons: Record<Lang, EmergencyLexicon>) {
    const build = (lang: Lang): Lists => {
      const lex = lexicons[lang];
      const matcher = (list: readonly string[]): LexiconMatcher<true> =>
        lang === 'uk'
          ? new LexiconMatcher('uk', flags(list), ukrainianSkeleton)
          : new LexiconMatcher(lang, flags(list));
      return {
        danger: matcher(lex.emergency),
        dangerLong: matcher(
          lex.emergency.filter((e) => e.replace('*', '').length >= CROSS_LANGUAGE_MIN),
        ),
        pairs: lex.emergencyPairs.map(([a, b]) => [matcher(a), matcher(b)]),
        now: matcher(lex.emergencyNow),
        calm: matcher(lex.emergencyCalm),
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
   * language counts fully (danger, pairs, now, calm); the others' longer danger entries and their
   * "now" words count too.
   */
  read(tokensByLang: Record<Lang, readonly string[]>, lang: Lang): EmergencyReading {
    const tokensOf = (l: Lang): readonly string[] =>
      l === 'uk' ? this.skeleton(tokensByLang.uk) : tokensByLang[l];
    const own = this.lists[lang];
    const ownTokens = tokensOf(lang);
    // Most messages hold no danger word: stop there (the other lists are read only when needed).
    const danger =
      own.danger.test(ownTokens) ||
      own.pairs.some(([a, b]) => a.test(ownTokens) && b.test(ownTokens)) ||
      LANGS.some((l) => l !== lang && this.lists[l].dangerLong.test(tokensOf(l)));
    if (!danger) return { danger, now: false, calm: false, emergency: false };
    const calm = own.calm.test(ownTokens);
    const now = calm && LANGS.some((l) => this.lists[l].now.test(tokensOf(l)));
    return { danger, now, calm, emergency: !calm || now };
  }
}
