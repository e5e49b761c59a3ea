/**
 * Reads an answer to the bot's "Is it one of these?" against the bodies it offered: a body named
 * or part of its name ("the tax one", "Försäkringskassan", "пенсійна"), a number, key or ordinal
 * ("2", "den första", "другий"), a plain yes, or none of them ("neither", "ingen av dem", "жодна").
 */
import type { AgencyId } from '../agencies/agencyIds';
import type { LanguageResources } from '../language/languageResources';
import type { FollowUpReader } from '../language/followUpReader';
import { LANGS, type Lang } from '../languages';
import { containsPhrase, foldPhrase, phraseWords, tokenize } from '../text/folding';
import type { Classification } from './interpretation';

/** What an answer to "Is it one of these?" says; `index` counts from 0 in the bodies offered. */
export type ChoiceReading =
  | { kind: 'option'; index: number }
  | { kind: 'yes' }
  | { kind: 'none' }
  /** Help declined ("no thanks, I don't need an office", "nej tack", "ні, дякую"). */
  | { kind: 'declined' }
  /** "None of them, it's Kronofogden": a body that was not offered, named. */
  | { kind: 'other'; agency: AgencyId };

/** The words of each body's names, per language, as the person sees and hears them. */
export type AgencyNameWords = Record<Lang, Partial<Record<AgencyId, readonly string[]>>>;

/** A word shorter than this names nothing on its own ("of", "av", "з"). */
const MIN_NAME_WORD = 3;
/** Words beside "none of them" that still leave it a plain "none" ("no, none of them, sorry"). */
const NONE_REST = 2;
/** Intents of a message that asks for something else: a yes in it confirms no single guess. */
const REQUESTS: ReadonlySet<Classification['intent']> = new Set([
  'findOffice',
  'openingHours',
  'human',
]);
/** Two words share at least this many first letters to be one word in another form. */
const MIN_SHARED_HEAD = 4;
/** How many letters an inflected or cut word may differ by at its end ("пенсійна" / "пенсійне"). */
const ENDING_SLACK = 2;

/** The words of a text folded as names ("Försäkringskassan" = "forsakringskassan"). */
function nameWords(text: string): string[] {
  return tokenize(text)
    .filter((t) => t.script !== 'digits')
    .map((t) => t.key);
}

/** True when `a` and `b` are one word, in two forms or one cut short ("skatt" / "skatteverket"). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  return head >= MIN_SHARED_HEAD && head >= Math.min(a.length, b.length) - ENDING_SLACK;
}

/** Reads answers to the choice of bodies; built once from the language files and the names. */
export class ChoiceReader {
  private readonly lists: Record<
    Lang,
    {
      yes: string[];
      none: string[];
      decline: string[];
      generic: Set<string>;
      names: Map<AgencyId, string[]>;
      /** Each body's names whole, folded: a tapped button sends one. */
      whole: Map<string, AgencyId>;
    }
  >;

  constructor(
    languages: LanguageResources,
    private readonly followUps: FollowUpReader,
    names: AgencyNameWords,
  ) {
    this.lists = Object.fromEntries(
      LANGS.map((lang) => {
        const { prompts } = languages[lang];
        const generic = new Set(prompts.nameFillers.flatMap(nameWords));
        const words = (phrase: string): string[] =>
          nameWords(phrase).filter((w) => w.length >= MIN_NAME_WORD && !generic.has(w));
        return [
          lang,
          {
            yes: prompts.yes.map(foldPhrase),
            none: prompts.none.map(foldPhrase),
            decline: prompts.decline.map(foldPhrase),
            generic,
            whole: new Map(
              Object.entries(names[lang]).flatMap(([id, list]) =>
                list.map((n) => [foldPhrase(n), id as AgencyId] as const),
              ),
            ),
            names: new Map(
              Object.entries(names[lang]).map(([id, list]) => [
                id as AgencyId,
                [...new Set(list.flatMap(words))],
              ]),
            ),
          },
        ];
      }),
    ) as ChoiceReader['lists'];
  }

  /** What `text` says about `options`, or undefined when it says nothing about them. */
  read(
    text: string,
    lang: Lang,
    options: readonly AgencyId[],
    classification: Classification,
  ): ChoiceReading | undefined {
    const folded = foldPhrase(text);
    if (folded === '' || options.length === 0) return undefined;
    const position = this.followUps.position(text, lang);
    if (position !== undefined && position < options.length)
      return { kind: 'option', index: position };
    const named = this.named(text, lang, options);
    if (named !== undefined) return { kind: 'option', index: named };
    // A matter read surely as one of the bodies offered ("it's about my pension").
    const sure = classification.body === undefined ? -1 : options.indexOf(classification.body);
    if (classification.intent === 'matter' && sure >= 0) return { kind: 'option', index: sure };
    const lists = this.lists[lang];
    const words = phraseWords(folded);
    // "None of them" and little else ("neither, it's about my car" describes the matter anew).
    const none = lists.none.find((p) => containsPhrase(folded, p));
    if (none !== undefined) {
      if (words.length - phraseWords(none).length <= NONE_REST) return { kind: 'none' };
      // "Ingen av dem, det gäller Kronofogden", "жодна, це служба виконання стягнень".
      const others = [...lists.names.keys()].filter((id) => !options.includes(id));
      const other = others[this.named(text, lang, others) ?? -1];
      if (other !== undefined) return { kind: 'other', agency: other };
    }
    // "No thanks, I don't need an office": the help declined, unless a body is named surely.
    if (classification.body === undefined && lists.decline.some((p) => containsPhrase(folded, p)))
      return { kind: 'declined' };
    const first = words[0];
    if (
      classification.intent === 'yes' ||
      lists.yes.some((p) => folded === p || (p === first && !p.includes(' ')))
    )
      // One body offered is taken by a yes, unless the yes comes with a request of its own ("Ja,
      // hitta närmaste kontor"): that request is read, no guess confirmed by a yes meant for it.
      return options.length === 1 && !REQUESTS.has(classification.intent)
        ? { kind: 'option', index: 0 }
        : { kind: 'yes' };
    if (classification.intent === 'no') return { kind: 'none' };
    return undefined;
  }

  /** The one option whose name the text holds a word of, words the other options share aside. */
  private named(text: string, lang: Lang, options: readonly AgencyId[]): number | undefined {
    const lists = this.lists[lang];
    const whole = lists.whole.get(foldPhrase(text));
    if (whole !== undefined && options.includes(whole)) return options.indexOf(whole);
    const tokens = nameWords(text).filter(
      (w) => w.length >= MIN_NAME_WORD && !lists.generic.has(w),
    );
    // Swedish names count in every language ("Försäkringskassan" in an English message).
    const wordsOf = (id: AgencyId): string[] => [
      ...(lists.names.get(id) ?? []),
      ...(lang === 'sv' ? [] : (this.lists.sv.names.get(id) ?? [])),
    ];
    const own = options.map((id, i) =>
      wordsOf(id).filter(
        (w) => !options.some((other, j) => j !== i && wordsOf(other).some((o) => sameWord(o, w))),
      ),
    );
    const hits = own
      .map((words, index) => ({
        index,
        hit: tokens.some((t) => words.some((w) => sameWord(t, w))),
      }))
      .filter((o) => o.hit);
    return hits.length === 1 ? hits[0]?.index : undefined;
  }
}
