/** Middleware for phone callers: keypad digits and spoken numbers become text the bot already understands. */
import type { Middleware, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { isMessage, messageText } from '../../activityText';
import type { LanguageResources } from '../../language/languageResources';
import { LANGS, type Lang } from '../../languages';
import type { GuideState } from '../../state/guideState';
import { readKeypad } from './dtmf';
import type { SpokenNumbers } from './spokenNumbers';

/** The channel this middleware serves. */
export const TELEPHONY_CHANNEL = 'telephony';

/** Digits of a Swedish postal code. */
const POSTAL_CODE_LENGTH = 5;

/** What the middleware remembers between the keys of one entry. */
export interface KeypadEntry {
  /** Digits pressed so far while the bot waits for a place. */
  digits?: string;
}

/**
 * Runs before the language middleware on the telephony channel:
 * - at the start of a call, while the caller has not chosen or shown a language and nothing is
 *   being asked, keys 1, 2 and 3 choose Swedish, English and Ukrainian (the welcome says so);
 * - while the bot waits for a place, keys collect into a postal code: five digits or `#` end it
 *   and the bot gets the code as text; `*` starts over; the keys before that get no reply;
 * - otherwise a key passes as its digit, which the prompts read as a menu choice ("2");
 * - spoken numbers are written as digits ("fyra ett två sex tre" → "41263", "två" → "2"), and a
 *   number said at the language menu chooses like its key.
 * Other channels pass through untouched.
 */
export class TelephonyInputMiddleware implements Middleware {
  private readonly entry: StatePropertyAccessor<KeypadEntry>;

  constructor(
    private readonly state: GuideState,
    private readonly languages: LanguageResources,
    private readonly numbers: SpokenNumbers,
  ) {
    this.entry = state.conversationState.createProperty<KeypadEntry>('telephonyInput');
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const { activity } = context;
    if (activity.channelId !== TELEPHONY_CHANNEL || !isMessage(activity)) {
      await next();
      return;
    }
    const entry = await this.entry.get(context, {});
    const keys = readKeypad(activity);
    if (keys === undefined) {
      // Speech: any keypad entry in progress is abandoned; numbers are written as digits.
      delete entry.digits;
      const text = messageText(activity);
      const normalized = this.numbers.normalize(text);
      // "Two" at the language menu chooses as the key would.
      const lang = await this.languageChoice(context, normalized.trim());
      if (lang !== undefined) activity.text = this.languages[lang].name;
      else if (normalized !== text) activity.text = normalized;
      await next();
      return;
    }
    const data = await this.state.conversationData.get(context, {});
    if (data.awaiting === 'place') {
      const code = collect(entry, keys);
      if (code === undefined) {
        // Part of a postal code: nothing to say yet, but the digits must outlive the turn.
        await this.state.conversationState.saveChanges(context, false);
        return;
      }
      activity.text = code;
      await next();
      return;
    }
    delete entry.digits;
    const lang = await this.languageChoice(context, keys);
    // A language choice reads as the language's own name, which the language middleware knows.
    activity.text = lang === undefined ? keys : this.languages[lang].name;
    await next();
  }

  /** The language a key chooses, while the call has no language of the caller's own and no question is open. */
  private async languageChoice(context: TurnContext, keys: string): Promise<Lang | undefined> {
    const index = ['1', '2', '3'].indexOf(keys);
    if (index < 0) return undefined;
    const data = await this.state.conversationData.get(context, {});
    const source = data.language?.source;
    if (source === 'explicit' || source === 'message') return undefined;
    if (await this.questionOpen(context)) return undefined;
    return LANGS[index];
  }

  /** True when a dialog is waiting for an answer (a prompt reads the key as a choice). */
  private async questionOpen(context: TurnContext): Promise<boolean> {
    const dialogs: unknown = await this.state.dialogState.get(context);
    if (typeof dialogs !== 'object' || dialogs === null) return false;
    const stack: unknown = (dialogs as { dialogStack?: unknown }).dialogStack;
    return Array.isArray(stack) && stack.length > 0;
  }
}

/** Adds keys to the postal code being entered; returns the code once it is complete. */
function collect(entry: KeypadEntry, keys: string): string | undefined {
  for (const key of keys) {
    if (key === '*') {
      delete entry.digits;
    } else if (key === '#') {
      const code = entry.digits ?? '';
      delete entry.digits;
      return code;
    } else {
      const digits = `${entry.digits ?? ''}${key}`;
      if (digits.length >= POSTAL_CODE_LENGTH) {
        delete entry.digits;
        return digits;
      }
      entry.digits = digits;
    }
  }
  return undefined;
}
