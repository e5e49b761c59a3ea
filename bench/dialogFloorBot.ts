/**
 * A second baseline for the soak: the echo bot's stack plus what any botbuilder-dialogs bot does
 * each turn (conversation and user state read and saved, a dialog stack, a waterfall with a
 * prompt), and no domain work. The prompt is a TextPrompt, which recognizes nothing, so this is
 * the least such a bot costs. The gap between it and the echo bot is the SDK's own cost.
 */
import {
  ActivityHandler,
  ConversationState,
  MemoryStorage,
  MessageFactory,
  UserState,
  type TurnContext,
} from 'botbuilder';
import {
  DialogSet,
  DialogTurnStatus,
  TextPrompt,
  WaterfallDialog,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';

import { messageText } from '../src/activityText';
import { serveBaseline } from './baselineServer';

/** The floor bot's turn logic, with its own state (the soak serves it; bench/turnCost runs it in-process). */
export function floorLogic(): (context: TurnContext) => Promise<void> {
  const storage = new MemoryStorage();
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const dialogs = new DialogSet(conversationState.createProperty('dialogState'));
  const profile = userState.createProperty<{ turns?: number }>('profile');
  dialogs.add(new TextPrompt('again'));
  dialogs.add(
    new WaterfallDialog('main', [
      async (step: WaterfallStepContext) => {
        const seen = await profile.get(step.context, {});
        seen.turns = (seen.turns ?? 0) + 1;
        return step.prompt('again', `Echo: ${messageText(step.context.activity)}. Again?`);
      },
      async (step: WaterfallStepContext) => {
        await step.context.sendActivity(MessageFactory.text(`Echo: ${String(step.result)}`));
        return step.endDialog();
      },
    ]),
  );

  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    const dc = await dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog('main');
    await next();
  });
  return async (context) => {
    await bot.run(context);
    await conversationState.saveChanges(context);
    await userState.saveChanges(context);
  };
}

if (require.main === module) serveBaseline(floorLogic());
