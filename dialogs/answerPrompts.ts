/**
 * The bot's prompts. Each keeps its question as an Answer (a few bytes of dialog state, where the
 * SDK's prompts keep the rendered activity with its card and buttons) and renders it when it is
 * sent: a question asked again after a language change comes in the new language.
 *
 * Answers are read with the words of the turn's language: the yes/no words
 * through botbuilder's choice matcher, then a keypad digit or an ordinal ("den andra", "другий").
 * The number, ordinal and yes/no models of recognizers-text exist for English only, so only
 * English falls back to them, and only when the plain words did not match.
 */
import type { TurnContext } from 'botbuilder';
import {
  Prompt,
  recognizeChoices,
  type Choice,
  type FoundChoice,
  type PromptOptions,
  type PromptRecognizerResult,
  type PromptValidator,
  type PromptValidatorContext,
} from 'botbuilder-dialogs';
import { recognizeBoolean } from '@microsoft/recognizers-text-suite';
import { messageText } from '../src/activityText';
import { BoundedMemo } from '../src/boundedMemo';
import { turnLanguage } from '../src/language/languageMiddleware';
import type { Lang } from '../src/languages';
import type { Answer } from '../src/render/answer';
import { turnMemo } from '../src/state/turnMemo';
import { interpretTurn, reply, type DialogServices } from './dialogServices';

/** What a prompt is begun with and keeps: the question, and what to say when the reply is unclear. */
export interface AnswerPromptOptions extends PromptOptions {
  question: Answer;
  retry?: Answer;
}

/** Options for `step.prompt`: ask `question`, and `retry` when the reply did not answer it. */
export function ask(question: Answer, retry?: Answer): AnswerPromptOptions {
  return retry === undefined ? { question } : { question, retry };
}

/**
 * A validator that takes an answer to a yes/no question or a choice when it is one, and a message
 * that means something else (a new matter, a place, help) as new input for the next step. Anything
 * else is asked once more; the second time it is let through, so the person is never stuck.
 */
export function answerOrNewMessage(
  services: DialogServices,
): (prompt: PromptValidatorContext<unknown>) => Promise<boolean> {
  return async (prompt) => {
    if (prompt.recognized.succeeded || prompt.attemptCount >= 2) return true;
    const meaning = await interpretTurn(services, prompt.context);
    return meaning.intent !== 'outOfScope';
  };
}

/**
 * Readings of English replies by recognizers-text, remembered per text (and choices): each call
 * builds its English models anew (about 3 ms), and unclear replies repeat from person to person.
 */
const englishChoices = new BoundedMemo<string, FoundChoice | undefined>(2000);
const englishBooleans = new BoundedMemo<string, boolean | undefined>(2000);

/** The memo key prefix of a prompt's reading of the turn's reply. */
const RECOGNIZED = 'recognized:';

/** Renders its question when sent; recognizes each turn's reply once (the SDK asks twice). */
abstract class AnswerPrompt<T> extends Prompt<T> {
  constructor(
    dialogId: string,
    protected readonly services: DialogServices,
    validator?: PromptValidator<T>,
  ) {
    super(dialogId, validator);
  }

  protected override async onPrompt(
    context: TurnContext,
    _state: object,
    options: PromptOptions,
    isRetry: boolean,
  ): Promise<void> {
    const { question, retry } = options as AnswerPromptOptions;
    if (isRetry) {
      // An answer the bot could not read counts as a miss: a second one gets the general number.
      const data = await this.services.state.conversationData.get(context, {});
      data.misses = (data.misses ?? 0) + 1;
    }
    await reply(this.services, context, isRetry && retry !== undefined ? retry : question);
  }

  protected override async onRecognize(
    context: TurnContext,
    _state: object,
    options: PromptOptions,
  ): Promise<PromptRecognizerResult<T>> {
    const memo = turnMemo(context);
    const key = `${RECOGNIZED}${this.id}`;
    const known = memo.get(key) as PromptRecognizerResult<T> | undefined;
    if (known !== undefined) return known;
    const text = messageText(context.activity).trim();
    const recognized = this.recognize(
      text,
      turnLanguage(context).lang,
      (options as AnswerPromptOptions).question,
    );
    memo.set(key, recognized);
    if (recognized.succeeded) {
      const data = await this.services.state.conversationData.get(context, {});
      data.misses = 0;
    }
    return recognized;
  }

  /** Reads a reply (its text may be empty: a shared location) in the turn's language. */
  protected abstract recognize(
    text: string,
    lang: Lang,
    question: Answer,
  ): PromptRecognizerResult<T>;

  /** The choice `text` names, by its words, a keypad digit or an ordinal; undefined if none. */
  protected choose(text: string, lang: Lang, choices: Choice[]): FoundChoice | undefined {
    const [byWords] = recognizeChoices(text, choices, {
      recognizeNumbers: false,
      recognizeOrdinals: false,
    });
    if (byWords !== undefined) return byWords.resolution;
    const index = this.services.followUps.position(text, lang);
    const choice = index === undefined ? undefined : choices[index];
    if (index !== undefined && choice !== undefined)
      return { value: choice.value, index, score: 1 };
    if (lang !== 'en') return undefined;
    // English has the full models: "number two", "the last one".
    const key = JSON.stringify([text, choices.map((c) => [c.value, c.synonyms ?? []])]);
    return englishChoices.get(
      key,
      () => recognizeChoices(text, choices, { locale: 'en-us' })[0]?.resolution,
    );
  }
}

/** A yes/no question: yes is choice 1 (keypad 1), no is choice 2. */
export class YesNoPrompt extends AnswerPrompt<boolean> {
  protected recognize(text: string, lang: Lang): PromptRecognizerResult<boolean> {
    const { yes, no } = this.services.languages[lang].prompts;
    const [yesWord = 'yes', ...yesSynonyms] = yes;
    const [noWord = 'no', ...noSynonyms] = no;
    const found = this.choose(text, lang, [
      { value: yesWord, synonyms: yesSynonyms },
      { value: noWord, synonyms: noSynonyms },
    ]);
    if (found !== undefined) return { succeeded: true, value: found.index === 0 };
    if (lang !== 'en') return { succeeded: false };
    const value = englishBooleans.get(text, () => {
      const [boolean] = recognizeBoolean(text, 'en-us');
      const said = (boolean?.resolution as { value?: unknown } | undefined)?.value;
      return typeof said === 'boolean' ? said : undefined;
    });
    return value === undefined ? { succeeded: false } : { succeeded: true, value };
  }
}

/** An open question: any message answers it (a shared location too); the next step reads it. */
export class OpenPrompt extends AnswerPrompt<string> {
  protected recognize(text: string): PromptRecognizerResult<string> {
    return { succeeded: true, value: text };
  }
}
