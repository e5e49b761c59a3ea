/** Recognises the exact commands people type or tap ("help", "start over") in any of the three languages. */
import { LANGS } from '../languages';
import type { LanguageResources } from './languageResources';
import { normalize } from './normalize';

export type Command = 'help' | 'startOver';

/** Whole-message command matching; fuzzy phrasing is the understanding module's job. */
export class CommandMatcher {
  private readonly phrases = new Map<string, Command>();

  constructor(resources: LanguageResources) {
    for (const lang of LANGS) {
      const { help, startOver } = resources[lang].commands;
      for (const p of help) this.phrases.set(normalize(p), 'help');
      for (const p of startOver) this.phrases.set(normalize(p), 'startOver');
    }
  }

  /** The command the whole message is, if it is one. */
  match(text: string | undefined): Command | undefined {
    return this.phrases.get(normalize(text ?? ''));
  }
}
