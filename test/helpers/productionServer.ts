/** Test helpers for production behaviour: the real server with chosen settings, auth options, storage and a captured log. */
import { Writable } from 'node:stream';
import {
  CallerIdConstants,
  CloudAdapter,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import { createAuthentication } from '../../src/auth/guideAuthentication';
import { attachGuide, createGuide, type Guide, type GuideOptions } from '../../src/composition';
import { createLogger, type Logger } from '../../src/logger';
import { createServer } from '../../src/server';
import { silentLogger, testConfig } from './guideHarness';

/** Every line a logger wrote, kept in memory. */
export class CapturedLog {
  readonly lines: string[] = [];
  readonly logger: Logger;

  constructor(level = 'debug') {
    const stream = new Writable({
      write: (chunk: Buffer | string, _encoding, done) => {
        this.lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    this.logger = createLogger(level, stream);
  }

  /** The whole log as one string. */
  get text(): string {
    return this.lines.join('\n');
  }

  /** The parsed lines. */
  entries(): Record<string, unknown>[] {
    return this.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  }
}

/**
 * Authentication options of the public Azure cloud with the OpenID metadata (the signing keys)
 * served from `metadataUrl`, a loopback stand-in. Setting one URL makes the SDK expect them all.
 */
export function publicCloudWithKeysAt(
  metadataUrl: string,
): ConfigurationBotFrameworkAuthenticationOptions {
  return {
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
    ToBotFromChannelOpenIdMetadataUrl: metadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: metadataUrl,
  };
}

/** A running server built as index.ts builds it. */
export interface RunningServer {
  url: string;
  guide: Guide;
  close(): Promise<void>;
}

/** Starts the real server in-process on a free loopback port, with the given settings. */
export async function startServer(
  options: {
    env?: NodeJS.ProcessEnv;
    /** Extra options for ConfigurationBotFrameworkAuthentication (a local OpenID metadata URL). */
    auth?: ConfigurationBotFrameworkAuthenticationOptions;
    logger?: Logger;
    guide?: GuideOptions;
  } = {},
): Promise<RunningServer> {
  const config = testConfig(options.env);
  const logger = options.logger ?? silentLogger;
  const guide = createGuide(config, options.guide);
  const adapter = attachGuide(
    new CloudAdapter(createAuthentication(config, options.auth)),
    guide,
    logger,
  );
  const server = createServer({ config, logger, guide, adapter, isReady: () => true });
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve();
    });
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    guide,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          guide.close();
          resolve();
        });
        (server.server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
      }),
  };
}

/** A message activity for expectReplies. */
export function message(
  conversation: string,
  text: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    type: 'message',
    text,
    channelId: 'directline',
    conversation: { id: conversation },
    from: { id: `user-${conversation}` },
    recipient: { id: 'bot' },
    deliveryMode: 'expectReplies',
    ...extra,
  };
}

/** A reply activity as the tests read it. */
export interface Reply {
  type: string;
  text?: string;
  locale?: string;
  speak?: string;
  entities?: Record<string, unknown>[];
}

/** POSTs to /api/messages with the given headers; status, headers and parsed body. */
export async function post(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; body: unknown; replies: Reply[] }> {
  const send = (): Promise<globalThis.Response> =>
    fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body),
    });
  // The servers run in this process: while one starts (seconds of training on the event loop),
  // another's idle keep-alive timer and fetch's reuse of that socket fire together, and the
  // request meets a socket the server just closed, unread. That reset says nothing of the bot, so
  // it is sent once more on a new connection; any other failure stands.
  const res = await send().catch((error: unknown) => {
    if ((error as { cause?: { code?: string } }).cause?.code !== 'ECONNRESET') throw error;
    return send();
  });
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    parsed = text;
  }
  const activities = (parsed as { activities?: unknown } | undefined)?.activities;
  const replies = Array.isArray(activities)
    ? (activities as Reply[]).filter((a) => a.type === 'message')
    : [];
  return { status: res.status, headers: res.headers, body: parsed, replies };
}
