/** Recognises the commands people type, tap or say ("help", "start over", "repeat") in any of the three languages. */
import { LANGS } from '../languages';
import type { LanguageResources } from './languageResources';
import { containsPhrase, foldPhrase, phraseWords } from '../text/folding';

export type Command = 'help' | 'startOver' | 'repeat';

/** A phrase of several words asks for a repeat inside a message of at most this many words. */
const SHORT_REPEAT = 6;

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
    if (phraseWords(normalized).length > SHORT_REPEAT) return undefined;
    return this.repeatPhrases.some((p) => containsPhrase(normalized, p)) ? 'repeat' : undefined;
  }
}
