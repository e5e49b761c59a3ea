/** The baseline for `npm run bench`: a plain echo bot on the same botbuilder + restify stack. */
import { ActivityHandler, MessageFactory } from 'botbuilder';

import { messageText } from '../src/activityText';
import { serveBaseline } from './baselineServer';

const bot = new ActivityHandler();
bot.onMessage(async (context, next) => {
  await context.sendActivity(MessageFactory.text(`Echo: ${messageText(context.activity)}`));
  await next();
});
serveBaseline((context) => bot.run(context));
