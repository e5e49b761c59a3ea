/** The local Direct Line 3.0 endpoint, the widget's files and the production token route, over real HTTP. */
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, request, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import restify from 'restify';
import { registerWebChannel } from '../../src/channels/registerWebChannel';
import { createGuide, type Guide } from '../../src/composition';
import { REPLY_LOCALE, type Lang } from '../../src/languages';
import { localesDir } from '../../src/paths';
import { silentLogger, startTestServer, testConfig } from '../helpers/guideHarness';

jest.setTimeout(60_000);

interface Activity {
  id?: string;
  type: string;
  text?: string;
  locale?: string;
  name?: string;
  value?: unknown;
  channelId?: string;
  from?: { id: string; role?: string };
  conversation?: { id: string };
  channelData?: Record<string, unknown>;
  entities?: { type: string }[];
  attachments?: { contentType: string }[];
}

interface Started {
  token: string;
  conversationId: string;
  userId: string;
  expires_in: number;
}

/** A tiny Direct Line client, as Web Chat's DirectLineJS speaks it. */
class Client {
  constructor(readonly url: string) {}

  async call(
    method: string,
    path: string,
    token: string | undefined,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    const res = await fetch(`${this.url}/v3/directline${path}`, {
      method,
      headers: {
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return {
      status: res.status,
      body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>),
    };
  }

  /** tokens/generate, then conversations (start), as the page does. */
  async start(locale = 'sv-SE'): Promise<Started> {
    const generated = await this.call('POST', '/tokens/generate', undefined);
    expect(generated.status).toBe(200);
    const started = generated.body as unknown as Started;
    const res = await this.call('POST', '/conversations', started.token, { locale });
    expect(res.status).toBe(201);
    return started;
  }

  async activities(
    c: Pick<Started, 'token' | 'conversationId'>,
    watermark = '',
  ): Promise<{ activities: Activity[]; watermark: string }> {
    const res = await this.call(
      'GET',
      `/conversations/${c.conversationId}/activities?watermark=${watermark}`,
      c.token,
    );
    expect(res.status).toBe(200);
    return res.body as unknown as { activities: Activity[]; watermark: string };
  }

  async post(c: Pick<Started, 'token' | 'conversationId'>, activity: Record<string, unknown>) {
    return this.call('POST', `/conversations/${c.conversationId}/activities`, c.token, activity);
  }
}

function translation(lang: Lang, key: string): string {
  const all = JSON.parse(
    readFileSync(join(localesDir, lang, 'translation.json'), 'utf8'),
  ) as Record<string, string>;
  const text = all[key];
  if (text === undefined) throw new Error(`${lang}: no ${key}`);
  return text;
}

const botMessages = (activities: Activity[]) =>
  activities.filter((a) => a.type === 'message' && a.from?.role === 'bot');

describe('the local Direct Line endpoint', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let client: Client;
  beforeAll(async () => {
    server = await startTestServer();
    client = new Client(server.url);
  });
  afterAll(async () => {
    await server.close();
  });

  it('gives each visitor a random token bound to a new conversation and a server-made user id', async () => {
    const a = (await client.call('POST', '/tokens/generate', undefined)).body as unknown as Started;
    const b = (await client.call('POST', '/tokens/generate', undefined)).body as unknown as Started;
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.token).not.toBe(b.token);
    expect(a.conversationId).not.toBe(b.conversationId);
    expect(a.userId).not.toBe(b.userId);
    expect(a.userId).toMatch(/^u_/);
    expect(a.expires_in).toBe(1800);
  });

  it.each([
    ['sv-SE', 'sv'],
    ['en-US', 'en'],
    ['uk-UA', 'uk'],
  ] as const)(
    'starting a conversation in %s tells the bot, which welcomes in that language',
    async (locale, lang) => {
      const c = await client.start(locale);
      const again = await client.call('POST', '/conversations', c.token, { locale });
      expect(again.status).toBe(200);
      expect(again.body.conversationId).toBe(c.conversationId);
      const { activities } = await client.activities(c);
      const welcome = botMessages(activities);
      expect(welcome).toHaveLength(1);
      expect(welcome[0]?.text).toBe(translation(lang, 'welcome.text'));
      expect(welcome[0]?.locale).toBe(REPLY_LOCALE[lang]);
      expect(welcome[0]?.channelId).toBe('webchat');
      expect(welcome[0]?.conversation?.id).toBe(c.conversationId);
    },
  );

  it('echoes what the visitor posts under the server-made user id, then the replies, in order, by watermark', async () => {
    const c = await client.start('en-US');
    const first = await client.activities(c);
    expect(first.watermark).toBe('1');

    const posted = await client.post(c, {
      type: 'message',
      text: 'I lost my job',
      from: { id: 'someone-else', name: 'Mallory' },
      channelData: { clientActivityID: 'client-1' },
    });
    expect(posted.status).toBe(200);
    const next = await client.activities(c, first.watermark);
    const [echo, ...replies] = next.activities;
    expect(echo?.id).toBe(posted.body.id);
    expect(echo?.text).toBe('I lost my job');
    expect(echo?.from).toEqual({ id: c.userId, name: 'Mallory', role: 'user' });
    expect(echo?.channelData?.clientActivityID).toBe('client-1');
    expect(replies.length).toBeGreaterThan(0);
    expect(replies[0]?.text).toContain('Arbetsförmedlingen');
    expect(Number(next.watermark)).toBe(1 + next.activities.length);

    const nothingNew = await client.activities(c, next.watermark);
    expect(nothingNew).toEqual({ activities: [], watermark: next.watermark });

    await client.post(c, { type: 'message', text: 'Yes' });
    const all = await client.activities(c);
    const seqs = all.activities.map((a) => Number(a.id?.split('|')[1]));
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    const texts = all.activities.map((a) => `${a.from?.role ?? ''}:${a.text ?? ''}`);
    expect(texts.indexOf('user:I lost my job')).toBeLessThan(texts.indexOf('user:Yes'));
    expect(all.activities.at(-1)?.from?.role).toBe('bot');
  });

  it('keeps two conversations apart', async () => {
    const a = await client.start('sv-SE');
    const b = await client.start('sv-SE');
    await client.post(a, { type: 'message', text: 'Jag har fått barn' });

    const seenByB = await client.activities(b);
    expect(seenByB.activities.some((x) => x.text === 'Jag har fått barn')).toBe(false);
    expect(seenByB.activities.every((x) => x.conversation?.id === b.conversationId)).toBe(true);
    const seenByA = await client.activities(a);
    expect(seenByA.activities.some((x) => x.text === 'Jag har fått barn')).toBe(true);

    // A's token opens nothing of B's.
    const crossed = { token: a.token, conversationId: b.conversationId };
    const paths = [
      ['GET', `/conversations/${b.conversationId}/activities?watermark=`],
      ['GET', `/conversations/${b.conversationId}`],
      ['POST', `/conversations/${b.conversationId}/activities`],
    ] as const;
    for (const [method, path] of paths) {
      const res = await client.call(
        method,
        path,
        crossed.token,
        method === 'POST' ? { type: 'message', text: 'hi' } : undefined,
      );
      expect(res.status).toBe(403);
    }
    expect((await client.activities(b)).activities).toHaveLength(seenByB.activities.length);
  });

  it('rejects missing, malformed and unknown tokens as Direct Line does', async () => {
    const c = await client.start();
    const path = `/conversations/${c.conversationId}/activities?watermark=`;
    expect((await client.call('GET', path, undefined)).status).toBe(401);
    const basic = await client.call('GET', path, undefined, undefined, {
      authorization: 'Basic abc',
    });
    expect(basic.status).toBe(401);
    const unknown = await client.call('GET', path, 'not-a-token');
    expect(unknown.status).toBe(403);
    expect((unknown.body.error as { code?: string }).code).toBe('Forbidden');
    expect((await client.call('POST', '/conversations', 'not-a-token', {})).status).toBe(403);
    expect((await client.call('POST', '/tokens/refresh', undefined)).status).toBe(401);
  });

  it('rejects what is not an activity, and a watermark that is not one', async () => {
    const c = await client.start();
    expect((await client.post(c, { type: 'invoke', name: 'x' })).status).toBe(400);
    expect((await client.post(c, { type: 'event' })).status).toBe(400);
    expect((await client.post(c, { type: 'message', text: 42 })).status).toBe(400);
    const bad = await client.call(
      'GET',
      `/conversations/${c.conversationId}/activities?watermark=abc`,
      c.token,
    );
    expect(bad.status).toBe(400);
    const upload = await client.call('POST', `/conversations/${c.conversationId}/upload`, c.token);
    expect(upload.status).toBe(501);
  });

  it('refreshes a token: the new one opens the same conversation', async () => {
    const c = await client.start();
    const refreshed = await client.call('POST', '/tokens/refresh', c.token);
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.conversationId).toBe(c.conversationId);
    expect(refreshed.body.token).not.toBe(c.token);
    const withNew = { token: String(refreshed.body.token), conversationId: c.conversationId };
    expect((await client.activities(withNew)).activities.length).toBeGreaterThan(0);
    const reconnect = await client.call('GET', `/conversations/${c.conversationId}`, c.token);
    expect(reconnect.status).toBe(200);
    expect(reconnect.body.conversationId).toBe(c.conversationId);
  });

  it('keeps no personal identity number in the echo, and the bot still warns', async () => {
    const c = await client.start('sv-SE');
    const before = await client.activities(c);
    await client.post(c, { type: 'message', text: 'Mitt personnummer är 19121212-1212' });
    const { activities } = await client.activities(c, before.watermark);
    expect(activities[0]?.text).toBe('Mitt personnummer är [personnummer]');
    expect(JSON.stringify(activities)).not.toContain('1212-1212');
    expect(botMessages(activities).length).toBeGreaterThan(0);
  });

  it('keeps no personal data in the echo of value, channelData or the name the client gave', async () => {
    const c = await client.start('sv-SE');
    const before = await client.activities(c);
    await client.post(c, {
      type: 'message',
      text: 'hej',
      value: { note: 'pnr 19121212-1212', nested: [{ mail: 'zqxv@example.se' }] },
      channelData: { clientActivityID: 'client-9', phone: '070-123 45 67' },
      from: { id: 'ignored', name: 'zqxv@example.se' },
    });
    const { activities } = await client.activities(c, before.watermark);
    const echo = JSON.stringify(activities[0]);
    expect(echo).not.toMatch(/1212-1212|zqxv|123 45 67/);
    expect(activities[0]?.channelData?.clientActivityID).toBe('client-9');
    expect(activities[0]?.from?.id).toBe(c.userId);
  });

  it('answers a shared location (a message value) with the nearest offices and their card', async () => {
    const c = await client.start('sv-SE');
    const before = await client.activities(c);
    await client.post(c, {
      type: 'message',
      value: { type: 'location', latitude: 57.709, longitude: 11.975 },
      channelData: { shareLocation: true },
    });
    const replies = botMessages((await client.activities(c, before.watermark)).activities);
    const offices = replies.find((r) => r.entities?.some((e) => e.type === 'Place'));
    expect(offices?.text).toContain('Göteborg');
    expect(offices?.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  });

  it.each([
    ['uk', 'uk-UA'],
    ['en', 'en-GB'],
    ['sv', 'sv-SE'],
  ] as const)('a setLanguage event with %j switches the replies to %s', async (lang, locale) => {
    const c = await client.start(lang === 'sv' ? 'en-US' : 'sv-SE');
    const before = await client.activities(c);
    await client.post(c, { type: 'event', name: 'setLanguage', value: lang });
    const replies = botMessages((await client.activities(c, before.watermark)).activities);
    // With nothing being asked, the bot goes on to ask what the person needs (same reply).
    expect(replies[0]?.text?.startsWith(translation(lang, 'language.changed'))).toBe(true);
    expect(replies[0]?.locale).toBe(locale);
  });

  it.each([
    ['sv', 'sv-SE'],
    ['en', 'en-US'],
    ['uk', 'uk-UA'],
  ] as const)('answers a locationDenied event in %s', async (lang, locale) => {
    const c = await client.start(locale);
    const before = await client.activities(c);
    await client.post(c, { type: 'event', name: 'locationDenied', value: { reason: 'denied' } });
    const replies = botMessages((await client.activities(c, before.watermark)).activities);
    expect(replies[0]?.text).toBe(translation(lang, 'locationDenied.text'));
  });

  it('serves the page, Web Chat from node_modules, the page strings and its settings', async () => {
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('/webchat/webchat.js');

    const bundle = await fetch(`${server.url}/webchat/webchat.js`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toMatch(/javascript/);
    expect(await bundle.text()).toContain('renderWebChat');

    const raw = await new Promise<IncomingMessage>((resolve, reject) => {
      request(`${server.url}/webchat/webchat.js`, { headers: { 'accept-encoding': 'gzip' } })
        .on('response', resolve)
        .on('error', reject)
        .end();
    });
    expect(raw.headers['content-encoding']).toBe('gzip');
    const chunks: Buffer[] = [];
    for await (const chunk of raw) chunks.push(chunk as Buffer);
    expect(gunzipSync(Buffer.concat(chunks)).toString('utf8')).toContain('renderWebChat');

    for (const lang of ['sv', 'en', 'uk'] as const) {
      const strings = await fetch(`${server.url}/web/strings/${lang}`);
      expect(await strings.json()).toEqual(
        JSON.parse(readFileSync(join(localesDir, lang, 'web.json'), 'utf8')),
      );
    }
    expect((await fetch(`${server.url}/web/strings/de`)).status).toBe(404);
    const settings = await fetch(`${server.url}/web/config.json`);
    expect(await settings.json()).toEqual({
      mode: 'local',
      tokenUrl: '/v3/directline/tokens/generate',
      // The help the page offers when the chat cannot connect, from the office data.
      help: {
        phone: expect.stringMatching(/^0\d/) as string,
        url: expect.stringMatching(/^https:/) as string,
      },
    });
    expect((await fetch(`${server.url}/api/directline/token`, { method: 'POST' })).status).toBe(
      404,
    );
  });
});

describe('rate limits of the local Direct Line', () => {
  it('limits messages per conversation and new conversations per address (429 with Retry-After)', async () => {
    const server = await startTestServer({
      RATE_LIMIT_CONVERSATION_PER_MINUTE: '2',
      RATE_LIMIT_IP_PER_MINUTE: '3',
    });
    try {
      const client = new Client(server.url);
      const c = await client.start();
      expect((await client.post(c, { type: 'message', text: 'hej' })).status).toBe(200);
      expect((await client.post(c, { type: 'message', text: 'hej' })).status).toBe(200);
      const limited = await fetch(
        `${server.url}/v3/directline/conversations/${c.conversationId}/activities`,
        {
          method: 'POST',
          headers: { authorization: `Bearer ${c.token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ type: 'message', text: 'hej' }),
        },
      );
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      // Polling is not limited: the page polls every second.
      for (let i = 0; i < 5; i++) await client.activities(c);

      await client.call('POST', '/tokens/generate', undefined);
      await client.call('POST', '/tokens/generate', undefined);
      expect((await client.call('POST', '/tokens/generate', undefined)).status).toBe(429);
    } finally {
      await server.close();
    }
  });
});

describe('tokens expire', () => {
  let guide: Guide;
  let url: string;
  let clock = Date.parse('2026-01-01T10:00:00Z');
  let http: restify.Server;

  beforeAll(async () => {
    const config = testConfig();
    guide = createGuide(config);
    http = restify.createServer();
    http.use(restify.plugins.queryParser({ mapParams: false }));
    http.use(restify.plugins.bodyParser({ mapParams: false }));
    registerWebChannel(
      http,
      { config, logger: silentLogger, guide },
      { store: { now: () => clock, tokenTtlMs: 60_000, idleMs: 600_000 } },
    );
    http.listen(0, '127.0.0.1');
    await once(http, 'listening');
    const address: AddressInfo = http.address();
    url = `http://127.0.0.1:${address.port}`;
  });
  afterAll(async () => {
    http.close();
    await once(http, 'close');
    guide.close();
  });

  it('answers an expired token with 403 TokenExpired, everywhere', async () => {
    const client = new Client(url);
    const c = await client.start();
    expect(c.expires_in).toBe(60);
    clock += 61_000;
    const path = `/conversations/${c.conversationId}/activities?watermark=`;
    const expired = await client.call('GET', path, c.token);
    expect(expired.status).toBe(403);
    expect((expired.body.error as { code?: string }).code).toBe('TokenExpired');
    expect((await client.call('POST', '/tokens/refresh', c.token)).status).toBe(403);
    expect((await client.post(c, { type: 'message', text: 'hej' })).status).toBe(403);
  });

  it('a token refreshed in time keeps the conversation going', async () => {
    const client = new Client(url);
    const c = await client.start();
    clock += 50_000;
    const refreshed = await client.call('POST', '/tokens/refresh', c.token);
    clock += 50_000;
    const token = String(refreshed.body.token);
    expect((await client.call('POST', '/tokens/refresh', c.token)).status).toBe(403);
    expect(
      (await client.activities({ token, conversationId: c.conversationId })).activities,
    ).not.toHaveLength(0);
  });
});

describe('the production token route', () => {
  const secret = 'dl-secret-for-tests-only';
  let upstream: ReturnType<typeof createHttpServer>;
  let upstreamUrl: string;
  let seen: { authorization?: string; body: { user?: { id?: string } } }[] = [];
  let answer: { status: number; body: unknown } = { status: 200, body: {} };

  beforeAll(async () => {
    upstream = createHttpServer((req, res) => {
      let data = '';
      req.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
      req.on('end', () => {
        seen.push({
          authorization: req.headers.authorization,
          body: JSON.parse(data) as { user?: { id?: string } },
        });
        res.writeHead(answer.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(answer.body));
      });
    });
    upstream.listen(0, '127.0.0.1');
    await once(upstream, 'listening');
    upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    upstream.close();
    await once(upstream, 'close');
  });
  beforeEach(() => {
    seen = [];
  });

  it('exchanges the secret for a token bound to a server-made dl_ user id; the secret never leaves', async () => {
    const server = await startTestServer({
      DIRECT_LINE_SECRET: secret,
      DIRECT_LINE_ENDPOINT: `${upstreamUrl}/`,
    });
    try {
      answer = {
        status: 200,
        body: { conversationId: 'conv-1', token: 'tok-1', expires_in: 3600 },
      };
      const res = await fetch(`${server.url}/api/directline/token`, { method: 'POST' });
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const text = await res.text();
      expect(text).not.toContain(secret);
      const body = JSON.parse(text) as Record<string, unknown>;
      expect(body).toEqual({
        conversationId: 'conv-1',
        token: 'tok-1',
        expires_in: 3600,
        userId: expect.stringMatching(/^dl_[0-9a-f]{32}$/) as unknown,
      });
      expect(seen).toHaveLength(1);
      expect(seen[0]?.authorization).toBe(`Bearer ${secret}`);
      expect(seen[0]?.body.user?.id).toBe(body.userId);

      const settings = await (await fetch(`${server.url}/web/config.json`)).json();
      expect(settings).toEqual({
        mode: 'azure',
        tokenUrl: '/api/directline/token',
        domain: `${upstreamUrl}/v3/directline`,
        help: expect.objectContaining({ phone: expect.stringMatching(/^0\d/) as string }) as object,
      });
      const page = await fetch(`${server.url}/`);
      expect(page.headers.get('content-security-policy')).toContain(
        `connect-src 'self' ${upstreamUrl}`,
      );

      answer = { status: 403, body: { error: { code: 'Forbidden', message: 'bad secret' } } };
      const refused = await fetch(`${server.url}/api/directline/token`, { method: 'POST' });
      expect(refused.status).toBe(502);
      const refusedText = await refused.text();
      expect(refusedText).not.toContain(secret);
      expect(refusedText).not.toContain('bad secret');

      answer = { status: 200, body: { nothing: true } };
      expect((await fetch(`${server.url}/api/directline/token`, { method: 'POST' })).status).toBe(
        502,
      );
    } finally {
      await server.close();
    }
  });

  it('has no widget routes when the bot is an Azure bot without a Direct Line secret here', async () => {
    const server = await startTestServer({ MicrosoftAppId: 'app', MicrosoftAppPassword: 'pw' });
    try {
      expect((await fetch(`${server.url}/`)).status).toBe(404);
      const generate = await fetch(`${server.url}/v3/directline/tokens/generate`, {
        method: 'POST',
      });
      expect(generate.status).toBe(404);
      expect((await fetch(`${server.url}/api/directline/token`, { method: 'POST' })).status).toBe(
        404,
      );
    } finally {
      await server.close();
    }
  });
});
