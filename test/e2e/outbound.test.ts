import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { message, post, startServer, type RunningServer } from '../helpers/productionServer';

/** A stand-in for the Bot Connector on loopback: records the replies the bot posts to it. */
class FakeConnector {
  readonly received: { path: string; activity: { text?: string; locale?: string } }[] = [];
  private server: Server | undefined;
  url = '';

  async start(): Promise<void> {
    this.server = createHttpServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        this.received.push({ path: req.url ?? '', activity: JSON.parse(body || '{}') as never });
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ id: `sent-${this.received.length}` }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) =>
      this.server!.close(() => {
        resolve();
      }),
    );
  }
}

describe('replies sent back through the Bot Connector (normal delivery)', () => {
  const connector = new FakeConnector();
  let bot: RunningServer;

  beforeAll(async () => {
    await connector.start();
    bot = await startServer({ env: { RATE_LIMIT_CONVERSATION_PER_MINUTE: '0' } });
  });
  afterAll(async () => {
    await bot.close();
    await connector.stop();
  });

  it.each([
    ['sv-SE', 'Jag har fått barn', 'Kiruna', /Försäkringskassan/, /Kiruna/],
    [
      'en-GB',
      'I lost my job',
      'Kiruna',
      /Swedish Public Employment Service|Arbetsförmedlingen/,
      /Kiruna/,
    ],
    ['uk-UA', 'Я втратив роботу', 'Кіруна', /Arbetsförmedlingen/, /Kiruna/],
  ])(
    '%s: every turn of a conversation reaches the connector',
    async (locale, matter, place, body, office) => {
      const conversation = `outbound-${locale}`;
      const before = connector.received.length;
      for (const text of [matter, place]) {
        const turn = message(conversation, text, {
          serviceUrl: connector.url,
          locale,
          id: `${conversation}-${text}`,
          deliveryMode: 'normal',
        });
        const { status } = await post(bot.url, turn);
        expect(status).toBe(200);
      }
      const sent = connector.received.slice(before);
      expect(
        sent.every((s) => s.path.startsWith(`/v3/conversations/${conversation}/activities`)),
      ).toBe(true);
      expect(sent.every((s) => s.activity.locale === locale)).toBe(true);
      const texts = sent.map((s) => s.activity.text ?? '').join('\n');
      expect(texts).toMatch(body);
      expect(texts).toMatch(office);
    },
  );
});

describe('local mode: a reply to a loopback serviceUrl has a short deadline (issue 16, item 11)', () => {
  const connector = new FakeConnector();
  const silent = createHttpServer(() => undefined); // accepts, reads, never answers
  let silentUrl = '';
  let refusedUrl = '';
  let bot: RunningServer;

  beforeAll(async () => {
    await connector.start();
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/`;
    // A port nothing listens on: take one and give it back.
    const closed = createHttpServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    refusedUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/`;
    await new Promise<void>((resolve) =>
      closed.close(() => {
        resolve();
      }),
    );
    bot = await startServer({ env: { RATE_LIMIT_CONVERSATION_PER_MINUTE: '0' } });
  });
  afterAll(async () => {
    await bot.close();
    silent.closeAllConnections();
    await new Promise<void>((resolve) =>
      silent.close(() => {
        resolve();
      }),
    );
    await connector.stop();
  });

  const send = async (conversation: string, serviceUrl: string, text: string) => {
    const started = Date.now();
    const turn = message(conversation, text, {
      serviceUrl,
      locale: 'sv-SE',
      id: `${conversation}-${String(started)}`,
      deliveryMode: 'normal',
    });
    const { status } = await post(bot.url, turn);
    return { status, ms: Date.now() - started };
  };

  it.each([
    ['accepts the connection and never answers', () => silentUrl, 2 * 2000 + 1500],
    ['refuses the connection', () => refusedUrl, 1500],
  ])(
    'a serviceUrl that %s costs the turn seconds, and the conversation goes on',
    async (_what, url, bound) => {
      const conversation = `deadline-${_what.split(' ')[0]!}`;
      const failed = await send(conversation, url(), 'Jag har fått barn');
      expect(failed.ms).toBeLessThan(bound);
      expect(failed.status).toBeLessThan(600);

      const before = connector.received.length;
      const next = await send(conversation, connector.url, 'Jag har fått barn');
      expect(next.status).toBe(200);
      const texts = connector.received.slice(before).map((s) => s.activity.text ?? '');
      expect(texts.join('\n')).toMatch(/Försäkringskassan/);
    },
    20_000,
  );
});
