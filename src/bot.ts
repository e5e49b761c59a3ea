/** The bot: routes each activity to the dialogs, sends the welcome, and saves state once per turn. */
import { ActivityHandler, type TurnContext } from 'botbuilder';
import {
  DialogSet,
  DialogTurnStatus,
  type Dialog,
  type DialogContext,
  type DialogStateManagerConfiguration,
} from 'botbuilder-dialogs';
import { reply, type DialogServices } from '../dialogs/dialogServices';
import { messageText } from './activityText';
import { redact } from './privacy/redact';
import { isHangUp, readTransferOutcome } from './render/speech/handoff';

/**
 * The turn-state key under which botbuilder-dialogs keeps the memory scopes of a turn. The SDK
 * builds them anew every turn through a service collection; they hold no state, so the bot puts
 * the first turn's set there for every later turn (a test watches that the SDK still reads it).
 */
const DIALOG_STATE_CONFIGURATION = 'DialogStateManagerConfiguration';

/** Limits the bot applies to what people send. */
export interface BotLimits {
  maxTextLength: number;
}

/** ActivityHandler of the guide bot. */
export class GuideBot extends ActivityHandler {
  private readonly dialogs: DialogSet;
  private dialogStateConfiguration: DialogStateManagerConfiguration | undefined;

  constructor(
    private readonly services: DialogServices,
    private readonly dialog: Dialog,
    private readonly limits: BotLimits,
  ) {
    super();
    this.dialogs = new DialogSet(services.state.dialogState).add(dialog);

    this.onMessage(async (context, next) => {
      const text = messageText(context.activity);
      const redaction = redact(text);
      if (redaction.personalNumbers > 0) {
        // Never echo or keep the number: the turn goes on with the redacted text.
        context.activity.text = redaction.text;
        await reply(this.services, context, { kind: 'personalNumberWarning' });
      }
      if (text.length > this.limits.maxTextLength) {
        await reply(this.services, context, {
          kind: 'tooLong',
          maxLength: this.limits.maxTextLength,
        });
      } else {
        await this.runDialog(context);
      }
      // A failed transfer is the context of the next message only.
      const data = await this.services.state.conversationData.get(context, {});
      delete data.transferFailed;
      await next();
    });

    this.onEndOfConversation(async (context, next) => {
      // The caller hung up (or the channel ended the chat): nothing of the conversation is kept.
      if (isHangUp(context.activity)) await this.services.state.clearConversation(context);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const joined = (context.activity.membersAdded ?? []).some(
        (m) => m.id !== context.activity.recipient.id,
      );
      if (joined) await this.welcome(context);
      await next();
    });

    this.onEvent(async (context, next) => {
      if (context.activity.name === 'setLanguage') {
        await this.languageChanged(context);
      } else if (context.activity.name === 'webchat/join') {
        await this.welcome(context);
      } else if (readTransferOutcome(context.activity)?.state === 'failed') {
        // The caller is still with the bot: give the number to call instead.
        const data = await this.services.state.conversationData.get(context, {});
        data.transferFailed = true;
        const agency = data.lastAgency;
        await reply(this.services, context, {
          kind: 'transferFailed',
          ...(agency === undefined ? {} : { agency }),
        });
      } else if (context.activity.name === 'locationDenied') {
        // The place question stays open: the next message answers it in words.
        await reply(this.services, context, { kind: 'locationDenied' });
      }
      await next();
    });
  }

  /** The turn's dialog context, with the memory scopes built once (see DIALOG_STATE_CONFIGURATION). */
  private async dialogContext(context: TurnContext): Promise<DialogContext> {
    if (this.dialogStateConfiguration !== undefined)
      context.turnState.set(DIALOG_STATE_CONFIGURATION, this.dialogStateConfiguration);
    const dc = await this.dialogs.createContext(context);
    this.dialogStateConfiguration ??= dc.state.configuration;
    return dc;
  }

  /** A language chosen by a button or the page: the open question again in it, or what the person needs. */
  private async languageChanged(context: TurnContext): Promise<void> {
    const dc = await this.dialogContext(context);
    if (dc.activeDialog === undefined) {
      await reply(this.services, context, { kind: 'languageChanged', askNeed: true });
      return;
    }
    await reply(this.services, context, { kind: 'languageChanged' });
    await dc.repromptDialog();
  }

  /** Continues the active dialog, or begins the main one (no state trace is sent: it would echo the text). */
  private async runDialog(context: TurnContext): Promise<void> {
    const dc = await this.dialogContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.dialog.id);
  }

  /** Greets once per conversation. */
  private async welcome(context: TurnContext): Promise<void> {
    const data = await this.services.state.conversationData.get(context, {});
    if (data.welcomed === true) return;
    data.welcomed = true;
    await reply(this.services, context, { kind: 'welcome' });
  }

  /** Runs the turn, then saves conversation and user state in one place. */
  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.services.state.save(context);
  }
}
