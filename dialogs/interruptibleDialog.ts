/** The base of every dialog: help, start over and a language change work at any step. */
import {
  ComponentDialog,
  DialogTurnStatus,
  type DialogContext,
  type DialogTurnResult,
} from 'botbuilder-dialogs';
import { isMessage } from '../src/activityText';
import { turnLanguage } from '../src/language/languageMiddleware';
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
    if (language.explicit && language.requestOnly) {
      // With a question open it is asked again in the new language; else: what does the person need?
      const asking = inner.activeDialog !== undefined;
      await reply(this.services, context, { kind: 'languageChanged', askNeed: !asking });
      return this.askAgain(inner);
    }
    const meaning = await interpretTurn(this.services, context);
    if (meaning.intent === 'emergency') {
      // Danger first, whatever step the conversation is at.
      await inner.cancelAllDialogs();
      await reply(this.services, context, { kind: 'emergency' });
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

  /** Asks the current step's question again, or ends quietly when nothing was being asked. */
  private async askAgain(inner: DialogContext): Promise<DialogTurnResult> {
    if (inner.activeDialog === undefined) return { status: DialogTurnStatus.complete };
    await inner.repromptDialog();
    return { status: DialogTurnStatus.waiting };
  }
}
