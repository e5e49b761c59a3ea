/** The baseline for `npm run bench`: a plain echo bot on the same botbuilder + restify stack. */
import {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  MessageFactory,
} from 'botbuilder';
import restify from 'restify';

import { messageText } from '../src/activityText';

const bot = new ActivityHandler();
bot.onMessage(async (context, next) => {
  await context.sendActivity(MessageFactory.text(`Echo: ${messageText(context.activity)}`));
  await next();
});
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const server = restify.createServer();
server.use(restify.plugins.bodyParser({ mapParams: false }));
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (context) => bot.run(context));
});
server.get('/healthz', async (_req, res) => {
  await Promise.resolve();
  res.json({ status: 'ok' });
});
server.listen(Number(process.env.PORT ?? 3979), '127.0.0.1');
process.once('SIGTERM', () => {
  server.close(() => process.exit(0));
});
