/**
 * A second baseline for the soak: the echo bot's stack plus what any botbuilder-dialogs bot does
 * each turn (conversation and user state read and saved, a dialog stack, a waterfall with a
 * prompt), and no domain work. The prompt is a TextPrompt, which recognizes nothing, so this is
 * the least such a bot costs. The gap between it and the echo bot is the SDK's own cost.
 */
import {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  MemoryStorage,
  MessageFactory,
  UserState,
} from 'botbuilder';
import {
  DialogSet,
  DialogTurnStatus,
  TextPrompt,
  WaterfallDialog,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import restify from 'restify';

import { messageText } from '../src/activityText';

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
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const server = restify.createServer();
server.use(restify.plugins.bodyParser({ mapParams: false }));
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, async (context) => {
    await bot.run(context);
    await conversationState.saveChanges(context);
    await userState.saveChanges(context);
  });
});
server.get('/healthz', async (_req, res) => {
  await Promise.resolve();
  res.json({ status: 'ok' });
});
server.listen(Number(process.env.PORT ?? 3979), '127.0.0.1');
process.once('SIGTERM', () => {
  server.close(() => process.exit(0));
});
