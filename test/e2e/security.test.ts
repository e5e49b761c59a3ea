import { spawn } from 'node:child_process';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import { ConfigError, loadConfig } from '../../src/config';
import {
  message,
  post,
  publicCloudWithKeysAt,
  startServer,
  type RunningServer,
} from '../helpers/productionServer';

const APP_ID = 'guide-app-id';
const ISSUER = 'https://api.botframework.com';
const SERVICE_URL = 'https://smba.example.test/';
const ENDORSED = ['directline', 'webchat', 'msteams', 'test', 'emulator'];

/** A stand-in for login.botframework.com on loopback: OpenID metadata and the signing keys. */
class FakeOpenId {
  readonly trusted = generateKeyPairSync('rsa', { modulusLength: 2048 });
  private server: Server | undefined;
  url = '';

  get metadataUrl(): string {
    return `${this.url}/v1/.well-known/openidconfiguration`;
  }

  async start(): Promise<void> {
    const jwk = this.trusted.publicKey.export({ format: 'jwk' });
    const keys = { keys: [{ ...jwk, kid: 'trusted', use: 'sig', endorsements: ENDORSED }] };
    this.server = createHttpServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      if (req.url === '/v1/.well-known/openidconfiguration') {
        res.end(JSON.stringify({ issuer: ISSUER, jwks_uri: `${this.url}/keys` }));
      } else if (req.url === '/keys') {
        res.end(JSON.stringify(keys));
      } else {
        res.statusCode = 404;
        res.end('{}');
      }
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) =>
      this.server!.close(() => {
        resolve();
      }),
    );
  }
}

/** A channel token as the Bot Connector signs it; every part can be spoiled. */
function token(
  key: KeyObject | string,
  overrides: { aud?: string; iss?: string; exp?: number; kid?: string; alg?: jwt.Algorithm } = {},
): string {
  const now = Math.floor(Date.now() / 1000);
  return jwt.sign(
    {
      aud: overrides.aud ?? APP_ID,
      iss: overrides.iss ?? ISSUER,
      serviceurl: SERVICE_URL,
      nbf: now - 60,
      exp: overrides.exp ?? now + 600,
    },
    key,
    { algorithm: overrides.alg ?? 'RS256', keyid: overrides.kid ?? 'trusted' },
  );
}

const activity = (conversation: string, text = 'Hej, jag behöver hjälp') =>
  message(conversation, text, { serviceUrl: SERVICE_URL, locale: 'sv-SE' });

const bearer = (t: string) => ({ authorization: `Bearer ${t}` });

describe('with Microsoft App credentials configured', () => {
  const openId = new FakeOpenId();
  let bot: RunningServer;
  const forger = generateKeyPairSync('rsa', { modulusLength: 2048 });

  const startBot = (ratePerIp: string) =>
    startServer({
      env: {
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: 'not-a-real-secret',
        RATE_LIMIT_CONVERSATION_PER_MINUTE: '3',
        RATE_LIMIT_IP_PER_MINUTE: ratePerIp,
      },
      auth: publicCloudWithKeysAt(openId.metadataUrl),
    });

  beforeAll(async () => {
    // The SDK prints every refused token with console.error; the tests refuse many on purpose.
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await openId.start();
    bot = await startBot('1000');
  });
  afterAll(async () => {
    await bot.close();
    await openId.stop();
    jest.restoreAllMocks();
  });

  it('serves a request signed with the Bot Framework key, for this app', async () => {
    const { status, replies } = await post(
      bot.url,
      activity('auth-ok'),
      bearer(token(openId.trusted.privateKey)),
    );
    expect(status).toBe(200);
    expect(replies[0]?.locale).toBe('sv-SE');
  });

  const forged: [string, () => Record<string, string>][] = [
    ['no Authorization header', () => ({})],
    [
      'a token signed with another key under the trusted key id',
      () => bearer(token(forger.privateKey)),
    ],
    [
      'a token for another app',
      () => bearer(token(openId.trusted.privateKey, { aud: 'someone-else' })),
    ],
    [
      'a token from another issuer',
      () => bearer(token(openId.trusted.privateKey, { iss: 'https://evil.example' })),
    ],
    [
      'an expired token',
      () => bearer(token(openId.trusted.privateKey, { exp: Math.floor(Date.now() / 1000) - 3600 })),
    ],
    ['a token with an unknown key id', () => bearer(token(forger.privateKey, { kid: 'mine' }))],
    [
      'an HS256 token keyed with the public key (algorithm confusion)',
      () =>
        bearer(
          token(openId.trusted.publicKey.export({ format: 'pem', type: 'spki' }).toString(), {
            alg: 'HS256',
          }),
        ),
    ],
    [
      'an unsigned token (alg none)',
      () => bearer(jwt.sign({ aud: APP_ID, iss: ISSUER }, '', { algorithm: 'none' })),
    ],
    ['a malformed bearer', () => bearer('not.a.jwt')],
    ['another scheme', () => ({ authorization: `Basic ${Buffer.from('a:b').toString('base64')}` })],
  ];

  it.each(forged)('refuses %s with 401, before the bot runs', async (_what, headers) => {
    const before = await bot.guide.metrics.registry.getSingleMetricAsString('guide_turns_total');
    const { status, replies } = await post(bot.url, activity('auth-forged'), headers());
    expect(status).toBe(401);
    expect(replies).toEqual([]);
    expect(await bot.guide.metrics.registry.getSingleMetricAsString('guide_turns_total')).toBe(
      before,
    );
  });

  it('never lets forged requests use up a real conversation allowance', async () => {
    const trusted = bearer(token(openId.trusted.privateKey));
    for (let i = 0; i < 5; i++) {
      expect(
        (await post(bot.url, activity('victim'), bearer(token(forger.privateKey)))).status,
      ).toBe(401);
    }
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await post(bot.url, activity('victim'), trusted)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it('limits refused requests per address, but not authenticated traffic from the Bot Connector', async () => {
    const strict = await startBot('3');
    try {
      // Authenticated requests are refunded: the connector's few addresses carry everybody's turns.
      for (let i = 0; i < 6; i++) {
        const { status } = await post(
          strict.url,
          activity(`busy-${i}`),
          bearer(token(openId.trusted.privateKey)),
        );
        expect(status).toBe(200);
      }
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        statuses.push((await post(strict.url, activity(`scan-${i}`), bearer('x.y.z'))).status);
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await strict.close();
    }
  });
});

describe('with credentials and no network', () => {
  it('refuses a forged token with 401 when the Bot Framework keys cannot be fetched', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const bot = await startServer({
      env: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret' },
      // Nothing listens here: the key download fails at once, as it would without network.
      auth: { ToBotFromChannelOpenIdMetadataUrl: 'http://127.0.0.1:1/openid' },
    });
    try {
      const forger = generateKeyPairSync('rsa', { modulusLength: 2048 });
      const { status, body } = await post(
        bot.url,
        activity('offline'),
        bearer(token(forger.privateKey)),
      );
      expect(status).toBe(401);
      expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
    } finally {
      await bot.close();
      jest.restoreAllMocks();
    }
  });
});

describe('rate limits in local mode', () => {
  let bot: RunningServer;
  beforeAll(async () => {
    bot = await startServer({
      env: { RATE_LIMIT_CONVERSATION_PER_MINUTE: '2', RATE_LIMIT_IP_PER_MINUTE: '5' },
    });
  });
  afterAll(async () => {
    await bot.close();
  });

  it('answers 429 with Retry-After and a JSON error past the conversation limit, and stays healthy', async () => {
    expect((await post(bot.url, message('chatty', 'hej'))).status).toBe(200);
    expect((await post(bot.url, message('chatty', 'hej igen'))).status).toBe(200);
    const refused = await post(bot.url, message('chatty', 'och igen'));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.body).toMatchObject({ error: { code: 'TooManyRequests' } });
    // Another conversation is not affected.
    expect((await post(bot.url, message('quiet', 'hej'))).status).toBe(200);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });

  it('limits one address across conversations, counting refused requests too', async () => {
    // Two of the five were spent above... and the 429 counted as well.
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await post(bot.url, message(`c${i}`, 'hej'))).status);
    expect(statuses).toContain(429);
    const metrics = await (await fetch(`${bot.url}/metrics`)).text();
    expect(metrics).toMatch(/guide_requests_refused_total\{reason="rate_ip"\} [1-9]/);
    expect(metrics).toMatch(/guide_requests_refused_total\{reason="rate_conversation"\} 1/);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });
});

describe('limits on what people send', () => {
  let bot: RunningServer;
  beforeAll(async () => {
    bot = await startServer({ env: { MAX_TEXT_LENGTH: '100', MAX_BODY_BYTES: '4096' } });
  });
  afterAll(async () => {
    await bot.close();
  });

  it.each([
    ['sv-SE', /högst 100 tecken/],
    ['en-GB', /at most 100 characters/],
    ['uk-UA', /до 100 символів/],
  ])(
    '%s: a message over the text limit gets a polite answer, not an error',
    async (locale, answer) => {
      const { status, replies } = await post(
        bot.url,
        message(`long-${locale}`, 'a'.repeat(101), { locale }),
      );
      expect(status).toBe(200);
      expect(replies[0]?.text).toMatch(answer);
    },
  );

  it('refuses a body over the size limit with 413 and stays healthy', async () => {
    const { status } = await post(bot.url, message('huge', 'x'.repeat(5000)));
    expect(status).toBe(413);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });
});

describe('production settings', () => {
  it('refuses local mode when NODE_ENV is production, unless explicitly allowed', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/ALLOW_LOCAL_MODE_IN_PRODUCTION/);
    const allowed = loadConfig({ NODE_ENV: 'production', ALLOW_LOCAL_MODE_IN_PRODUCTION: 'true' });
    expect(allowed).toMatchObject({ localMode: true, production: true });
    const real = loadConfig({
      NODE_ENV: 'production',
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'secret',
    });
    expect(real).toMatchObject({ localMode: false, production: true });
  });

  it('reads the limits, storage and logging settings with their defaults', () => {
    expect(loadConfig({})).toMatchObject({
      rateLimits: { perConversationPerMinute: 60, perIpPerMinute: 300, trustProxy: false },
      storage: { kind: 'memory' },
      state: { memoryMaxItems: 20_000 },
      logMessageText: false,
      metricsToken: undefined,
    });
    expect(loadConfig({ MEMORY_STATE_MAX_ITEMS: '500' }).state.memoryMaxItems).toBe(500);
    expect(() => loadConfig({ MEMORY_STATE_MAX_ITEMS: '5' })).toThrow(/MEMORY_STATE_MAX_ITEMS/);
    expect(
      loadConfig({
        STORAGE: 'blob',
        BLOB_CONNECTION_STRING: 'UseDevelopmentStorage=true',
        BLOB_CONTAINER: 'guide-state',
        RATE_LIMIT_IP_PER_MINUTE: '0',
        LOG_MESSAGE_TEXT: 'true',
      }),
    ).toMatchObject({
      storage: { kind: 'blob', container: 'guide-state' },
      rateLimits: { perIpPerMinute: 0 },
      logMessageText: true,
    });
  });

  it('reports a blob store without a connection string, a bad container and a bad flag at once', () => {
    let error: unknown;
    try {
      loadConfig({ STORAGE: 'blob', BLOB_CONTAINER: 'Bad_Name', TRUST_PROXY: 'maybe' });
    } catch (e) {
      error = e;
    }
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/BLOB_CONTAINER/);
    expect(problems).toMatch(/TRUST_PROXY/);
    expect(() => loadConfig({ STORAGE: 'blob' })).toThrow(/BLOB_CONNECTION_STRING/);
  });

  it('the process refuses to start in production without credentials, naming the setting', async () => {
    const tsx = join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx');
    const child = spawn(tsx, [join(__dirname, '..', '..', 'src', 'index.ts')], {
      env: { PATH: process.env.PATH, NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toMatch(/MicrosoftAppId: required when NODE_ENV is production/);
  });

  it('the running process answers forged requests with 401 and logs each as one line, never a stack on stderr', async () => {
    const tsx = join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx');
    const child = spawn(tsx, [join(__dirname, '..', '..', 'src', 'index.ts')], {
      env: {
        PATH: process.env.PATH,
        PORT: '0',
        HOST: '127.0.0.1',
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: 'not-a-real-secret',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          const ready = /"url":"(http:[^"]+)"/.exec(stdout);
          if (ready?.[1] !== undefined) resolve(ready[1]);
        });
        child.on('exit', () => {
          reject(new Error(`exited before ready: ${stderr}`));
        });
      });
      for (let i = 0; i < 3; i++) {
        const { status } = await post(url, activity(`forged-${i}`), bearer('not.a.token'));
        expect(status).toBe(401);
      }
      const { status } = await post(url, activity('no-header'));
      expect(status).toBe(401);
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.on('exit', resolve));
    }
    const refused = stdout
      .split('\n')
      .filter((line) => line.includes('"request refused"'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(refused).toHaveLength(4);
    expect(refused.every((line) => line.level === 'warn' && line.status === 401)).toBe(true);
    expect(stdout).not.toMatch(/\s+at \S+ \(/);
    expect(stderr).not.toMatch(/AuthenticationError|Unauthorized|\s+at \S+ \(/);
  });
});
