/** Adds the website widget's routes to the server: the page, the local Direct Line (local mode) and the token route (with a Direct Line secret). */
import type { Request, Response, Server } from 'restify';
import type { Guide } from '../composition';
import { attachGuide } from '../composition';
import type { Config } from '../config';
import { RequestLimiter } from '../limits/requestLimiter';
import type { Logger } from '../logger';
import { ConversationStore, type ConversationStoreOptions } from './directLine/conversationStore';
import { DirectLineAdapter } from './directLine/directLineAdapter';
import { DIRECT_LINE_BASE, LocalDirectLine } from './directLine/localDirectLine';
import { DirectLineTokenIssuer, TokenExchangeError } from './web/directLineTokenIssuer';
import { WebAssets, type WidgetSettings } from './web/webAssets';

/** What the widget's routes need from the server. */
export interface WebChannelDeps {
  config: Config;
  logger: Logger;
  guide: Guide;
}

/** Test seams: the local store's limits and clock, and the fetch the token route uses. */
export interface WebChannelOptions {
  store?: Partial<ConversationStoreOptions>;
  fetch?: typeof fetch;
}

/** The route that exchanges the Direct Line secret for a token (production). */
export const TOKEN_ROUTE = '/api/directline/token';

/** What registerWebChannel added, for tests and shutdown. */
export interface WebChannel {
  /** The local Direct Line's conversations (local mode only). */
  store?: ConversationStore;
  /** Stops the local store's sweeping. */
  close(): void;
}

/**
 * Registers the widget: in local mode a local Direct Line 3.0 endpoint that runs the same bot;
 * with `DIRECT_LINE_SECRET` the token route `POST /api/directline/token`; with either, the page
 * at `/` (using Azure's Direct Line when a secret is set, else the local one). With neither (an
 * Azure bot without a secret here) nothing is added.
 */
export function registerWebChannel(
  server: Server,
  deps: WebChannelDeps,
  options: WebChannelOptions = {},
): WebChannel {
  const { config, logger, guide } = deps;
  const secret = config.directLine.secret;
  let settings: WidgetSettings | undefined;
  let store: ConversationStore | undefined;
  let sweeper: NodeJS.Timeout | undefined;

  if (config.localMode) {
    store = new ConversationStore({
      idleMs: config.state.conversationTtlSeconds * 1000,
      ...options.store,
    });
    const adapter = attachGuide(new DirectLineAdapter(store), guide, logger);
    new LocalDirectLine({
      store,
      adapter,
      logic: (context) => guide.bot.run(context),
      logger,
      limiter: new RequestLimiter(config.rateLimits, false),
    }).register(server);
    const swept = store;
    sweeper = setInterval(() => {
      swept.sweep();
    }, 60_000);
    sweeper.unref();
    settings = { mode: 'local', tokenUrl: `${DIRECT_LINE_BASE}/tokens/generate` };
  }
  if (secret !== undefined) {
    const issuer = new DirectLineTokenIssuer({
      secret,
      endpoint: config.directLine.endpoint,
      fetch: options.fetch,
    });
    registerTokenRoute(server, deps, issuer);
    // With a secret the page talks to Azure's Direct Line, even when the local one is there too.
    settings = {
      mode: 'azure',
      tokenUrl: TOKEN_ROUTE,
      domain: `${config.directLine.endpoint}${DIRECT_LINE_BASE}`,
    };
  }

  if (settings !== undefined) {
    const help = { phone: guide.remoteHelp.sscPhone, url: guide.remoteHelp.officeFinderUrl };
    new WebAssets({ ...settings, help }).register(server);
  }
  const close = () => {
    if (sweeper !== undefined) clearInterval(sweeper);
  };
  server.on('close', close);
  return { store, close };
}

function registerTokenRoute(server: Server, deps: WebChannelDeps, issuer: DirectLineTokenIssuer) {
  const limiter = new RequestLimiter(deps.config.rateLimits, false);
  server.post(TOKEN_ROUTE, async (req: Request, res: Response) => {
    const refused = await limiter.admitAddress(limiter.clientAddress(req));
    if (refused !== undefined) {
      res.header('Retry-After', String(refused.retryAfterSeconds));
      res.status(429);
      res.json({
        error: { code: 'TooManyRequests', message: 'too many requests; try again later' },
      });
      return;
    }
    try {
      const issued = await issuer.issue();
      res.header('Cache-Control', 'no-store');
      res.json(issued);
    } catch (err: unknown) {
      const upstreamStatus = err instanceof TokenExchangeError ? err.upstreamStatus : undefined;
      deps.logger.error({ err, upstreamStatus }, 'direct line token exchange failed');
      res.status(502);
      res.json({
        error: {
          code: 'DirectLineUnavailable',
          message: 'no chat token could be made; try again later',
        },
      });
    }
  });
}
