/** Compressed and broken request bodies: refused at the door, never a crash (issue 16, items 1 and 2). */
import { connect } from 'node:net';
import { gzipSync, deflateSync } from 'node:zlib';
import { message, startServer, type RunningServer } from '../helpers/productionServer';

/** 32 MB of zeros in about 32 kB: a small gzip bomb. */
function gzipBomb(): Buffer {
  return gzipSync(Buffer.alloc(32 * 1024 * 1024), { level: 9 });
}

async function postRaw(
  url: string,
  body: Buffer | string,
  headers: Record<string, string>,
): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await res.text();
  return { status: res.status, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
}

describe('compressed request bodies', () => {
  let bot: RunningServer;
  beforeAll(async () => {
    bot = await startServer({
      env: { RATE_LIMIT_CONVERSATION_PER_MINUTE: '0', RATE_LIMIT_IP_PER_MINUTE: '0' },
    });
  });
  afterAll(async () => {
    await bot.close();
  });

  const healthy = async () => {
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  };

  it.each([
    ['/api/messages', '{"type":"message"}'],
    ['/v3/directline/tokens/generate', '{}'],
    ['/v3/directline/conversations', '{}'],
  ])(
    'answers a body that claims gzip but is not with 415 on %s, and stays up',
    async (path, body) => {
      const result = await postRaw(`${bot.url}${path}`, body, { 'content-encoding': 'gzip' });
      expect(result.status).toBe(415);
      expect(result.body).toMatchObject({ error: { code: 'UnsupportedEncoding' } });
      await healthy();
    },
  );

  it('refuses a gzip bomb with 415 without unpacking it', async () => {
    const bomb = gzipBomb();
    expect(bomb.length).toBeLessThan(256 * 1024); // under the body limit, as in the report
    const before = process.memoryUsage().heapUsed;
    const result = await postRaw(`${bot.url}/api/messages`, bomb, { 'content-encoding': 'gzip' });
    expect(result.status).toBe(415);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(16 * 1024 * 1024);
    await healthy();
  });

  it.each([
    ['gzip', gzipSync(JSON.stringify(message('gz-ok', 'hej')))],
    ['deflate', deflateSync(JSON.stringify(message('df-ok', 'hej')))],
    ['br', Buffer.from('not brotli')],
    ['GZIP, identity', Buffer.from('x')],
  ])('refuses content-encoding %j, even when the body unpacks well', async (encoding, body) => {
    const result = await postRaw(`${bot.url}/api/messages`, body, {
      'content-encoding': encoding,
    });
    expect(result.status).toBe(415);
    await healthy();
  });

  it('takes content-encoding identity as a plain body', async () => {
    const result = await postRaw(
      `${bot.url}/api/messages`,
      JSON.stringify(message('identity', 'hej')),
      { 'content-encoding': 'identity' },
    );
    expect(result.status).toBe(200);
  });

  it('stays up when a client goes away in the middle of a body', async () => {
    const { port } = new URL(bot.url);
    await new Promise<void>((resolve) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(
          'POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-type: application/json\r\n' +
            'content-length: 100000\r\n\r\n{"type":"mess',
        );
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 50);
      });
    });
    await healthy();
  });
});
