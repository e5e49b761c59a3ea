/** Recognises the commands people type, tap or say ("help", "start over", "repeat") in any of the three languages. */
import { LANGS } from '../languages';
import type { LanguageResources } from './languageResources';
import { containsPhrase, foldPhrase, phraseWords, splitClauses } from '../text/folding';

export type Command = 'help' | 'startOver' | 'repeat';

/** A phrase of several words asks for a repeat inside a message or clause of at most this many words. */
const SHORT_REPEAT = 6;
/**
 * …or inside a message of at most this many words said without punctuation ("förlåt kan du upprepa
 * det jag hann inte med", "va förlåt det hörs så dåligt kan du ta det där igen").
 */
const SPOKEN_REPEAT = 14;

/**
 * Help and start over are whole messages; a repeat is a whole message or a short one holding a
 * phrase of two words or more ("förlåt, vad sa du?", "sorry, can you repeat that"). Fuzzy
 * phrasing is the classifier's job.
 */
export class CommandMatcher {
  private readonly phrases = new Map<string, Command>();
  private readonly repeatPhrases: string[] = [];

  constructor(resources: LanguageResources) {
    for (const lang of LANGS) {
      const { help, startOver, repeat } = resources[lang].commands;
      for (const p of help) this.phrases.set(foldPhrase(p), 'help');
      for (const p of startOver) this.phrases.set(foldPhrase(p), 'startOver');
      for (const p of repeat) {
        const phrase = foldPhrase(p);
        this.phrases.set(phrase, 'repeat');
        if (phraseWords(phrase).length > 1) this.repeatPhrases.push(phrase);
      }
    }
  }

  /** The command the message is, if it is one. */
  match(text: string | undefined): Command | undefined {
    const normalized = foldPhrase(text ?? '');
    const whole = this.phrases.get(normalized);
    if (whole !== undefined) return whole;
    const asksRepeat = (folded: string): boolean =>
      this.repeatPhrases.some((p) => containsPhrase(folded, p));
    const words = phraseWords(normalized).length;
    if (words <= SHORT_REPEAT && asksRepeat(normalized)) return 'repeat';
    // Said (a phone's recogniser writes no punctuation): a few more words may follow.
    const spoken = !/[.,;:!?]/u.test(text ?? '');
    if (spoken && words <= SPOKEN_REPEAT && asksRepeat(normalized)) return 'repeat';
    // Written: "Sorry, can you repeat that? I didn't get it." holds a short clause asking.
    const clauses = splitClauses(text ?? '').map(foldPhrase);
    return clauses.some((c) => phraseWords(c).length <= SHORT_REPEAT && asksRepeat(c))
      ? 'repeat'
      : undefined;
  }
}
