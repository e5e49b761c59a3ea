/** Turns an Answer into an Activity for a language and channel: the bot's only source of wording. */
import { ActionTypes, ActivityTypes, InputHints, type Activity, type CardAction } from 'botbuilder';
import type { i18n, TFunction } from 'i18next';
import type { LanguageResources } from '../language/languageResources';
import { LANGS, REPLY_LOCALE, type Lang } from '../languages';
import type { Answer } from './answer';

/** Where a reply goes: its language and the channel it is sent on. */
export interface RenderTarget {
  lang: Lang;
  channelId: string;
}

/** Renders Answers with i18next; one instance serves every turn. */
export class Renderer {
  constructor(
    private readonly i18n: i18n,
    private readonly languages: LanguageResources,
  ) {}

  /** The activity for `answer` in the target's language. */
  render(answer: Answer, target: RenderTarget): Partial<Activity> {
    const t = this.i18n.getFixedT(target.lang);
    const { text, actions, expectsInput } = this.compose(answer, t, target.lang);
    const activity: Partial<Activity> = {
      type: ActivityTypes.Message,
      text,
      locale: REPLY_LOCALE[target.lang],
      inputHint: expectsInput ? InputHints.ExpectingInput : InputHints.AcceptingInput,
    };
    if (actions.length > 0) activity.suggestedActions = { to: [], actions };
    return activity;
  }

  private compose(
    answer: Answer,
    t: TFunction,
    lang: Lang,
  ): { text: string; actions: CardAction[]; expectsInput: boolean } {
    const button = (title: string): CardAction => ({
      type: ActionTypes.ImBack,
      title,
      value: title,
    });
    const commands = [button(t('actions.help')), button(t('actions.startOver'))];
    switch (answer.kind) {
      case 'welcome':
        return { text: t('welcome.text'), actions: this.otherLanguages(lang), expectsInput: true };
      case 'help':
        return {
          text: t('help.text'),
          actions: [button(t('actions.startOver')), ...this.otherLanguages(lang)],
          expectsInput: true,
        };
      case 'languageChanged':
        return { text: t('language.changed'), actions: [], expectsInput: false };
      case 'startedOver':
        return { text: t('startOver.text'), actions: [], expectsInput: true };
      case 'cannotTellYet':
        return { text: t('matter.cannotTellYet'), actions: commands, expectsInput: true };
      case 'tooLong':
        return {
          text: t('input.tooLong', { max: answer.maxLength }),
          actions: [],
          expectsInput: true,
        };
      case 'error':
        return { text: t('error.apology'), actions: [], expectsInput: false };
    }
  }

  /** Buttons for the two languages other than `lang`, each titled in its own language. */
  private otherLanguages(lang: Lang): CardAction[] {
    return LANGS.filter((l) => l !== lang).map((l) => ({
      type: ActionTypes.ImBack,
      title: this.languages[l].name,
      value: this.languages[l].name,
    }));
  }
}
