/** Middleware that decides each turn's language, remembers it, and stamps every reply with its locale. */
import type { Middleware, TurnContext } from 'botbuilder';
import { isEvent, isMessage, isVoiceActivity, messageText } from '../activityText';
import { isLang, LANGS, REPLY_LOCALE, type Lang } from '../languages';
import type { GuideState } from '../state/guideState';
import type { LanguageDecider, LanguageDecision } from './languageDecider';

const DECISION = Symbol('languageDecision');

/** The language decision of the current turn (set by LanguageMiddleware). */
export function turnLanguage(context: TurnContext): LanguageDecision {
  const decision = context.turnState.get<LanguageDecision | undefined>(DECISION);
  if (decision === undefined) throw new Error('LanguageMiddleware has not run for this turn');
  return decision;
}

/** The language of the current turn, or undefined before the middleware ran. */
export function turnLang(context: TurnContext): Lang | undefined {
  return context.turnState.get<LanguageDecision | undefined>(DECISION)?.lang;
}

async function remember(context: TurnContext, state: GuideState, d: LanguageDecision) {
  const data = await state.conversationData.get(context, {});
  data.language = { lang: d.lang, source: d.source };
  if (d.source === 'explicit' || d.source === 'message') {
    const profile = await state.userProfile.get(context, {});
    profile.lang = d.lang;
  }
}

/** A language a widget or button sent as data: `{ lang }` on a message value or a `setLanguage` event. */
function requestedByData(context: TurnContext): Lang | undefined {
  const { activity } = context;
  const value: unknown = activity.value;
  const lang = typeof value === 'object' && value !== null && 'lang' in value ? value.lang : value;
  if (isEvent(activity, 'setLanguage') && isLang(lang)) return lang;
  if (isMessage(activity) && isLang(lang)) return lang;
  return undefined;
}

/** The event that tells a page the conversation's language (value: the reply locale, e.g. "uk-UA"). */
export const LANGUAGE_EVENT = 'guide.language';

/** Channels whose client is a web page that can follow the conversation's language. */
const PAGE_CHANNELS = new Set(['webchat', 'directline']);

/**
 * True when the page should hear of the turn's language: it changed in this turn, or the
 * conversation's first decision differs from the locale the page started with.
 */
function pageMustFollow(context: TurnContext, before: Lang | undefined, d: LanguageDecision) {
  const { activity } = context;
  if (!PAGE_CHANNELS.has(activity.channelId) || isVoiceActivity(activity)) return false;
  if (before !== undefined) return d.lang !== before;
  const pageLang = LANGS.find((l) => activity.locale?.toLowerCase().startsWith(l) === true);
  return pageLang !== undefined && pageLang !== d.lang;
}

/** Decides the turn's language before the bot runs and sets `locale` on every reply it sends. */
export class LanguageMiddleware implements Middleware {
  constructor(
    private readonly decider: LanguageDecider,
    private readonly state: GuideState,
  ) {}

  /**
   * The language of an activity read without state: what the message says, else its locale.
   * For the apology when state cannot be read (a storage outage) or the turn failed before the
   * language was decided.
   */
  languageWithoutState(context: TurnContext): Lang {
    const asked = requestedByData(context);
    if (asked !== undefined) return asked;
    const message = isMessage(context.activity);
    return this.decider.decide({
      text: message ? messageText(context.activity) : undefined,
      activityLocale: context.activity.locale,
    }).lang;
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const data = await this.state.conversationData.get(context, {});
    const profile = await this.state.userProfile.get(context, {});
    const asked = requestedByData(context);
    const message = isMessage(context.activity);
    const decision =
      asked !== undefined
        ? {
            lang: asked,
            source: 'explicit' as const,
            explicit: true,
            requestOnly: messageText(context.activity).trim() === '' || !message,
            changed: data.language !== undefined && data.language.lang !== asked,
          }
        : this.decider.decide({
            text: message ? messageText(context.activity) : undefined,
            activityLocale: context.activity.locale,
            conversation: data.language,
            remembered: profile.lang,
          });
    context.turnState.set(DECISION, decision);
    const before = data.language?.lang;
    await remember(context, this.state, decision);

    context.onSendActivities(async (ctx, activities, sendNext) => {
      const locale = REPLY_LOCALE[turnLanguage(ctx).lang];
      for (const activity of activities) activity.locale = locale;
      return sendNext();
    });
    if (pageMustFollow(context, before, decision)) {
      // Before the turn's replies, so the page speaks their language when they arrive.
      await context.sendActivity({
        type: 'event',
        name: LANGUAGE_EVENT,
        value: REPLY_LOCALE[decision.lang],
      });
    }
    await next();
  }
}
