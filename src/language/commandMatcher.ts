/** Recognises the commands people type, tap or say ("help", "start over", "repeat") in any of the three languages. */
import { LANGS } from '../languages';
import type { LanguageResources } from './languageResources';
import { containsPhrase, normalize, words } from './normalize';

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
      for (const p of help) this.phrases.set(normalize(p), 'help');
      for (const p of startOver) this.phrases.set(normalize(p), 'startOver');
      for (const p of repeat) {
        const phrase = normalize(p);
        this.phrases.set(phrase, 'repeat');
        if (words(phrase).length > 1) this.repeatPhrases.push(phrase);
      }
    }
  }

  /** The command the message is, if it is one. */
  match(text: string | undefined): Command | undefined {
    const normalized = normalize(text ?? '');
    const whole = this.phrases.get(normalized);
    if (whole !== undefined) return whole;
    if (words(normalized).length > SHORT_REPEAT) return undefined;
    return this.repeatPhrases.some((p) => containsPhrase(normalized, p)) ? 'repeat' : undefined;
  }
}
