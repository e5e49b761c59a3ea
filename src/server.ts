/** The HTTP app (restify): Bot Framework messages, health. Built here, listened to in index.ts. */
import type { CloudAdapter } from 'botbuilder';
import restify, { type Request, type Response, type Server } from 'restify';
import type { Config } from './config';
import type { Guide } from './composition';
import type { Logger } from './logger';

export interface ServerDeps {
  config: Config;
  logger: Logger;
  guide: Guide;
  adapter: CloudAdapter;
  /** True once data, language resources and models are loaded. */
  isReady: () => boolean;
}

/** Why a request body is not an activity the bot can take, or undefined when it is one. */
export function activityProblem(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return 'the body must be a JSON object (a Bot Framework activity)';
  }
  const a = body as Record<string, unknown>;
  if (typeof a.type !== 'string' || a.type === '') return 'the activity has no type';
  if (typeof a.channelId !== 'string' || a.channelId === '') return 'the activity has no channelId';
  const conversation = a.conversation as Record<string, unknown> | undefined;
  if (typeof conversation !== 'object' || typeof conversation.id !== 'string') {
    return 'the activity has no conversation.id';
  }
  if (a.deliveryMode !== 'expectReplies' && typeof a.serviceUrl !== 'string') {
    return 'the activity has no serviceUrl (or use deliveryMode "expectReplies")';
  }
  if (a.text !== undefined && typeof a.text !== 'string')
    return 'the activity text must be a string';
  return undefined;
}

function sendError(res: Response, status: number, code: string, message: string): void {
  res.status(status);
  res.json({ error: { code, message } });
}

/** Builds the restify server with its routes; does not listen. */
export function createServer(deps: ServerDeps): Server {
  const { config, logger, guide, adapter } = deps;
  const server = restify.createServer({
    name: 'servicekontor-guide-bot',
    handleUncaughtExceptions: false,
  });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(
    restify.plugins.bodyParser({
      maxBodySize: config.limits.maxBodyBytes,
      mapParams: false,
      mapFiles: false,
      rejectUnknown: true,
    }),
  );

  server.post('/api/messages', async (req: Request, res: Response) => {
    const problem = activityProblem(req.body);
    if (problem !== undefined) {
      sendError(res, 400, 'BadActivity', problem);
      return;
    }
    try {
      await adapter.process(req, res, (context) => guide.bot.run(context));
    } catch (err: unknown) {
      logger.error({ err }, 'message route failed');
      if (!res.headersSent)
        sendError(res, 500, 'InternalError', 'the bot could not take this activity');
    }
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    await Promise.resolve();
    if (deps.isReady()) res.json({ status: 'ok' });
    else sendError(res, 503, 'NotReady', 'still loading');
  });

  server.on('restifyError', (req: Request, res: Response, err: Error, callback: () => void) => {
    logger.warn({ path: req.path(), error: err.name }, 'request refused');
    callback();
  });

  return server;
}
