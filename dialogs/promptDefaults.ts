/** Yes/no words and list separators for ChoicePrompt and ConfirmPrompt in our three locales. */
import type { ChoiceFactoryOptions } from 'botbuilder-dialogs';
import type { Choice } from 'botbuilder-dialogs';
import type { LanguageResources } from '../src/language/languageResources';
import { LANGS, REPLY_LOCALE, type Lang } from '../src/languages';

/** The keys botbuilder's prompts look up: lower-cased locales, English mapped to en-us as they do. */
export function promptLocaleKey(lang: Lang): string {
  return lang === 'en' ? 'en-us' : REPLY_LOCALE[lang].toLowerCase();
}

function options(resources: LanguageResources, lang: Lang): ChoiceFactoryOptions {
  const p = resources[lang].prompts;
  return {
    inlineSeparator: p.separator,
    inlineOr: p.or,
    inlineOrMore: p.orMore,
    includeNumbers: true,
  };
}

/** `choiceDefaults` for ChoicePrompt. */
export function choiceDefaults(resources: LanguageResources): Record<string, ChoiceFactoryOptions> {
  return Object.fromEntries(LANGS.map((l) => [promptLocaleKey(l), options(resources, l)]));
}

/** `choiceDefaults` for ConfirmPrompt: yes first, then no, each with its synonyms. */
export function confirmDefaults(
  resources: LanguageResources,
): Record<string, { choices: Choice[]; options: ChoiceFactoryOptions }> {
  return Object.fromEntries(
    LANGS.map((l) => {
      const [yes = 'yes', ...yesSynonyms] = resources[l].prompts.yes;
      const [no = 'no', ...noSynonyms] = resources[l].prompts.no;
      const choices: Choice[] = [
        { value: yes, synonyms: yesSynonyms },
        { value: no, synonyms: noSynonyms },
      ];
      return [promptLocaleKey(l), { choices, options: options(resources, l) }];
    }),
  );
}
