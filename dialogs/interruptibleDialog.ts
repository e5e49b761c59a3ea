/** The base of every dialog: help, start over and a language change work at any step. */
import {
  ComponentDialog,
  DialogTurnStatus,
  type DialogContext,
  type DialogTurnResult,
} from 'botbuilder-dialogs';
import { isMessage } from '../src/activityText';
import { turnLanguage } from '../src/language/languageMiddleware';
import type { Interpretation } from '../src/understanding/interpretation';
import { interpretTurn, repeatLastReplies, reply, type DialogServices } from './dialogServices';

/**
 * Catches interruptions before any step or prompt sees the text: a message that only asks for
 * another language, an emergency, "help", "start over" and "repeat". After help or a language change the current
 * step is asked again; "start over" forgets the conversation but keeps the language.
 */
export abstract class InterruptibleDialog extends ComponentDialog {
  constructor(
    id: string,
    protected readonly services: DialogServices,
  ) {
    super(id);
  }

  protected override async onBeginDialog(
    inner: DialogContext,
    options?: object,
  ): Promise<DialogTurnResult> {
    return (await this.interrupt(inner)) ?? super.onBeginDialog(inner, options);
  }

  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    return (await this.interrupt(inner)) ?? super.onContinueDialog(inner);
  }

  private async interrupt(inner: DialogContext): Promise<DialogTurnResult | undefined> {
    const { context } = inner;
    if (!isMessage(context.activity)) return undefined;
    const language = turnLanguage(context);
    const meaning = await interpretTurn(this.services, context);
    // "English please", or "sorry, can we do this in Ukrainian?" with nothing else in it.
    if (
      language.explicit &&
      (language.requestOnly || (language.changed && aboutLanguage(meaning)))
    ) {
      // With a question open it is asked again in the new language; else the last answer again,
      // or, with nothing in hand: what does the person need?
      if (inner.activeDialog !== undefined) {
        await reply(this.services, context, { kind: 'languageChanged' });
        return this.askAgain(inner);
      }
      const resumed = await this.answerAgainIn?.(inner, async () => {
        await reply(this.services, context, { kind: 'languageChanged' });
      });
      if (resumed !== undefined) return resumed;
      await reply(this.services, context, { kind: 'languageChanged', askNeed: true });
      return { status: DialogTurnStatus.complete };
    }
    if (meaning.intent === 'emergency') {
      // Danger first, whatever step the conversation is at.
      await inner.cancelAllDialogs();
      await reply(this.services, context, { kind: 'emergency' });
      return { status: DialogTurnStatus.complete };
    }
    if (meaning.intent === 'lineCheck') {
      // "Hello? Is anyone there?": yes, and the open question again, or what the person needs.
      if (inner.activeDialog !== undefined) {
        await reply(this.services, context, { kind: 'stillHere' });
        return this.askAgain(inner);
      }
      await reply(this.services, context, { kind: 'stillHere', askNeed: true });
      return { status: DialogTurnStatus.complete };
    }
    switch (meaning.command) {
      case 'help':
        await reply(this.services, context, { kind: 'help' });
        return this.askAgain(inner);
      case 'startOver': {
        await inner.cancelAllDialogs();
        const data = await this.services.state.conversationData.get(context, {});
        await this.services.state.conversationData.set(context, { language: data.language });
        await reply(this.services, context, { kind: 'startedOver' });
        return { status: DialogTurnStatus.complete };
      }
      case 'repeat':
        // The last replies again; a question among them stays open.
        await repeatLastReplies(this.services, context);
        return {
          status:
            inner.activeDialog === undefined ? DialogTurnStatus.complete : DialogTurnStatus.waiting,
        };
      case 'goodbye':
      case undefined:
        return undefined;
    }
  }

  /**
   * After a language change with no question open: the last answer again in the new language
   * (after `confirm` has said the change), or undefined when there is nothing to say again.
   */
  protected answerAgainIn?(
    inner: DialogContext,
    confirm: () => Promise<void>,
  ): Promise<DialogTurnResult | undefined>;

  /** Asks the current step's question again, or ends quietly when nothing was being asked. */
  private async askAgain(inner: DialogContext): Promise<DialogTurnResult> {
    if (inner.activeDialog === undefined) return { status: DialogTurnStatus.complete };
    await inner.repromptDialog();
    return { status: DialogTurnStatus.waiting };
  }
}

/**
 * A body less sure than this beside a language request comes from the request's own words
 * ("in Ukrainian" hints at Migrationsverket), not from a matter.
 */
const CLEAR_MATTER = 0.6;

/** Intents of a message that says nothing beyond a language request ("sorry, in Ukrainian?"). */
const LANGUAGE_ONLY = new Set<Interpretation['intent']>([
  'changeLanguage',
  'outOfScope',
  'greeting',
  'thanks',
  'help',
]);

/** True when a message that asks for a language says nothing else: no place, no body, no answer. */
function aboutLanguage(meaning: Interpretation): boolean {
  if (meaning.place !== undefined) return false;
  if (meaning.intent === 'matter')
    return meaning.matter?.body === undefined || meaning.matter.confidence < CLEAR_MATTER;
  return LANGUAGE_ONLY.has(meaning.intent);
}
