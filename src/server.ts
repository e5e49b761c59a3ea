/** The HTTP app (restify): Bot Framework messages, health. Built here, listened to in index.ts. */
import { timingSafeEqual } from 'node:crypto';
import type { Server as HttpServer } from 'node:http';
import type { CloudAdapter } from 'botbuilder';
import restify, { type Request, type Response, type Server } from 'restify';
import type { Config } from './config';
import type { Guide } from './composition';
import { RequestLimiter, type Refusal } from './limits/requestLimiter';
import type { Logger } from './logger';
import { registerWebChannel } from './channels/registerWebChannel';
import { redactText } from './privacy/redact';
import type { TurnDrain } from './turnDrain';

export interface ServerDeps {
  config: Config;
  logger: Logger;
  guide: Guide;
  adapter: CloudAdapter;
  /** True once data, language resources and models are loaded. */
  isReady: () => boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for an http(s) URL on this machine (127.0.0.0/8, ::1, localhost). */
export function isLoopbackUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  const host = parsed.hostname;
  return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** What the door checks beyond the shape: in local mode replies may only go back to this machine. */
export interface ActivityRules {
  loopbackServiceUrlOnly: boolean;
}

/** Why a list of accounts (membersAdded, membersRemoved) is not one, or undefined. */
function accountsProblem(list: unknown, name: string): string | undefined {
  if (list === undefined || list === null) return undefined;
  if (!Array.isArray(list)) return `the activity ${name} must be an array`;
  const bad = list.some((m) => !isRecord(m) || typeof m.id !== 'string');
  return bad ? `every member of ${name} must be an account with an id` : undefined;
}

/**
 * Why a request body is not an activity the bot can take, or undefined when it is one. Shapes the
 * SDK or the bot would stumble on are refused here (400), so no turn fails on them and no state
 * is lost: members that are not accounts, an Adaptive Card action invoke without its action, a
 * serviceUrl that is not a string (or, in local mode, not on this machine).
 */
export function activityProblem(
  body: unknown,
  rules: ActivityRules = { loopbackServiceUrlOnly: false },
): string | undefined {
  if (!isRecord(body)) return 'the body must be a JSON object (a Bot Framework activity)';
  const a = body;
  if (typeof a.type !== 'string' || a.type === '') return 'the activity has no type';
  if (typeof a.channelId !== 'string' || a.channelId === '') return 'the activity has no channelId';
  const conversation = a.conversation;
  if (!isRecord(conversation) || typeof conversation.id !== 'string') {
    return 'the activity has no conversation.id';
  }
  if (conversation.id === '') return 'the activity has an empty conversation.id';
  const from = a.from;
  if (!isRecord(from) || typeof from.id !== 'string' || from.id === '') {
    return 'the activity has no from.id';
  }
  for (const list of ['membersAdded', 'membersRemoved'] as const) {
    const problem = accountsProblem(a[list], list);
    if (problem !== undefined) return problem;
  }
  for (const list of ['entities', 'attachments'] as const) {
    const items = a[list];
    if (items === undefined || items === null) continue;
    if (!Array.isArray(items)) return `the activity ${list} must be an array`;
    if (!items.every(isRecord)) return `every item of ${list} must be an object`;
  }
  if (a.serviceUrl !== undefined && typeof a.serviceUrl !== 'string') {
    return 'the activity serviceUrl must be a string';
  }
  if (a.deliveryMode !== 'expectReplies') {
    if (typeof a.serviceUrl !== 'string') {
      return 'the activity has no serviceUrl (or use deliveryMode "expectReplies")';
    }
    if (rules.loopbackServiceUrlOnly && !isLoopbackUrl(a.serviceUrl)) {
      return 'in local mode replies go only to a serviceUrl on this machine (or use deliveryMode "expectReplies")';
    }
  }
  if (a.text !== undefined && typeof a.text !== 'string')
    return 'the activity text must be a string';
  if (a.locale !== undefined && a.locale !== null && typeof a.locale !== 'string') {
    return 'the activity locale must be a string';
  }
  if (a.type === 'invoke' && a.name === 'adaptiveCard/action') {
    if (!isRecord(a.value) || !isRecord(a.value.action)) {
      return 'an adaptiveCard/action invoke needs value.action';
    }
  }
  return undefined;
}

function sendError(res: Response, status: number, code: string, message: string): void {
  res.status(status);
  res.json({ error: { code, message } });
}

function tooMany(res: Response, refusal: Refusal): void {
  res.header('Retry-After', String(refusal.retryAfterSeconds));
  const what = refusal.reason === 'rate_ip' ? 'from this address' : 'in this conversation';
  sendError(res, 429, 'TooManyRequests', `too many requests ${what}; try again later`);
}

/** True when the request carries `Authorization: Bearer <token>` (compared in constant time). */
function hasBearer(req: Request, token: string): boolean {
  const given = Buffer.from(req.header('authorization', ''));
  const expected = Buffer.from(`Bearer ${token}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Refuses compressed bodies with 415 before any body is read, on every route. The Bot Framework
 * channels (and the widget) never compress, and restify's body reader would unpack without a
 * bound (a gzip bomb) and leave a broken stream's error unhandled (one request stopped the
 * process). A request stream that fails later (a client gone mid-body) is logged, never thrown.
 */
function plainBodiesOnly(logger: Logger) {
  return (req: Request, res: Response, next: (stop?: false) => void): void => {
    req.on('error', (err: Error) => {
      logger.warn(
        { error: err.name, code: (err as { code?: unknown }).code },
        'request stream failed',
      );
    });
    const encoding = req.header('content-encoding', '').trim().toLowerCase();
    if (encoding === '' || encoding === 'identity') {
      // restify's body reader knows only "no header" for a plain body.
      delete req.headers['content-encoding'];
      next();
      return;
    }
    res.header('Accept-Encoding', 'identity');
    res.header('Connection', 'close');
    sendError(
      res,
      415,
      'UnsupportedEncoding',
      'send the body uncompressed (content-encoding: identity)',
    );
    next(false);
  };
}

/** Seconds a client is asked to wait before it tries again, once this instance is stopping. */
const STOPPING_RETRY_AFTER_SECONDS = 5;

/**
 * Once the process is stopping (SIGTERM), every new request gets 503 with `Retry-After` and
 * `Connection: close`, so a load balancer or client goes elsewhere; turns already running end.
 */
function refuseWhileStopping(turns: TurnDrain) {
  return (_req: Request, res: Response, next: (stop?: false) => void): void => {
    if (!turns.draining) {
      next();
      return;
    }
    res.header('Retry-After', String(STOPPING_RETRY_AFTER_SECONDS));
    res.header('Connection', 'close');
    sendError(res, 503, 'ShuttingDown', 'this instance is stopping; try again shortly');
    next(false);
  };
}

/**
 * Stops listening and waits up to `boundMs` for open connections to finish their last response
 * (idle keep-alive connections are closed as they fall idle); then closes whatever is left.
 */
export async function closeServer(server: Server, boundMs: number): Promise<void> {
  const http = server.server as HttpServer;
  const state = { closed: false };
  const done = new Promise<void>((resolve) => {
    server.close(() => {
      state.closed = true;
      resolve();
    });
  });
  const deadline = Date.now() + boundMs;
  while (!state.closed && Date.now() < deadline) {
    http.closeIdleConnections();
    await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 50))]);
  }
  if (!state.closed) http.closeAllConnections();
  await done;
}

/** Builds the restify server with its routes; does not listen. */
export function createServer(deps: ServerDeps): Server {
  const { config, logger, guide, adapter } = deps;
  const server = restify.createServer({
    name: 'servicekontor-guide-bot',
    handleUncaughtExceptions: false,
  });
  server.pre(refuseWhileStopping(guide.turns));
  server.pre(plainBodiesOnly(logger));
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(
    restify.plugins.bodyParser({
      maxBodySize: config.limits.maxBodyBytes,
      mapParams: false,
      mapFiles: false,
      rejectUnknown: true,
    }),
  );

  const limiter = new RequestLimiter(config.rateLimits, !config.localMode);
  server.post('/api/messages', async (req: Request, res: Response) => {
    const address = limiter.clientAddress(req);
    const refusedAddress = await limiter.admitAddress(address);
    if (refusedAddress !== undefined) {
      guide.metrics.refused(refusedAddress.reason);
      tooMany(res, refusedAddress);
      return;
    }
    const problem = activityProblem(req.body, { loopbackServiceUrlOnly: config.localMode });
    if (problem !== undefined) {
      sendError(res, 400, 'BadActivity', problem);
      return;
    }
    const conversation = (req.body as { conversation: { id: string } }).conversation.id;
    const refusedConversation = await limiter.admitConversation(conversation);
    if (refusedConversation !== undefined) {
      guide.metrics.refused(refusedConversation.reason);
      tooMany(res, refusedConversation);
      return;
    }
    try {
      await adapter.process(req, res, (context) => guide.bot.run(context));
    } catch (err: unknown) {
      logger.error({ err }, 'message route failed');
      if (!res.headersSent)
        sendError(res, 500, 'InternalError', 'the bot could not take this activity');
    }
    await limiter.settle({ address, conversation }, res.statusCode);
  });

  server.get('/metrics', async (req: Request, res: Response) => {
    if (config.metricsToken !== undefined && !hasBearer(req, config.metricsToken)) {
      sendError(res, 401, 'Unauthorized', 'a bearer token is required');
      return;
    }
    const { contentType, body } = await guide.metrics.exposition();
    res.sendRaw(200, body, { 'Content-Type': contentType });
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    if (!deps.isReady()) {
      sendError(res, 503, 'NotReady', 'still loading (or shutting down)');
    } else if (!(await guide.storageHealthy())) {
      sendError(res, 503, 'StorageUnavailable', 'state storage does not answer');
    } else {
      res.json({ status: 'ok' });
    }
  });

  // The website widget: its page, the local Direct Line (local mode) and the token route.
  registerWebChannel(server, { config, logger, guide });

  server.on('restifyError', (req: Request, res: Response, err: Error, callback: () => void) => {
    logger.warn({ path: redactText(req.path()), error: err.name }, 'request refused');
    callback();
  });

  return server;
}
