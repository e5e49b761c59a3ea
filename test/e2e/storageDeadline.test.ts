/** A store that stops answering costs a turn seconds, and the readiness check says so (issue 16, item 4). */
import { createServer, type Server, type Socket } from 'node:net';
import { BlobStateStorage } from '../../src/state/blobStateStorage';
import { InstrumentedStorage } from '../../src/state/instrumentedStorage';
import { isStorageError } from '../../src/state/storageErrors';
import { FlakyStorage } from '../helpers/flakyStorage';
import { message, post, startServer, type RunningServer } from '../helpers/productionServer';

describe('a state store that stops answering', () => {
  const storage = new FlakyStorage();
  let bot: RunningServer;
  beforeAll(async () => {
    bot = await startServer({
      env: { STORAGE_TIMEOUT_MS: '1000', RATE_LIMIT_CONVERSATION_PER_MINUTE: '0' },
      guide: { conversationStorage: storage },
    });
  });
  afterAll(async () => {
    storage.mode = 'ok';
    await bot.close();
    storage.inner.close();
  });

  it.each([
    ['sv-SE', 'Jag har fått barn', /Förlåt, något gick fel/],
    ['en-GB', 'I have had a baby', /Sorry, something went wrong/],
    ['uk-UA', 'У мене народилася дитина', /у мене сталася помилка/],
  ])(
    '%s: the person gets the apology within seconds, /healthz answers 503 until storage is back',
    async (locale, text, apology) => {
      const id = `hang-${locale}`;
      storage.mode = 'hang';
      const started = Date.now();
      const { status, replies } = await post(bot.url, message(id, text, { locale }));
      const ms = Date.now() - started;
      expect(status).toBe(200);
      expect(replies.at(-1)?.text).toMatch(apology);
      expect(replies.at(-1)?.locale).toBe(locale);
      expect(ms).toBeLessThan(4000);

      const failing = await fetch(`${bot.url}/healthz`);
      expect(failing.status).toBe(503);
      expect(await failing.json()).toMatchObject({ error: { code: 'StorageUnavailable' } });

      storage.mode = 'ok';
      expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
      const again = await post(bot.url, message(id, text, { locale }));
      expect(JSON.stringify(again.replies)).toContain('"identifier":"forsakringskassan"');
    },
  );
});

describe('the blob store against a server that accepts and never answers', () => {
  let silent: Server;
  const sockets: Socket[] = [];
  let connection = '';
  beforeAll(async () => {
    silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    // Azurite's public development account, on the silent loopback server.
    connection =
      'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;' +
      'AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;' +
      `BlobEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) =>
      silent.close(() => {
        resolve();
      }),
    );
  });

  const calls = {
    read: (store: BlobStateStorage | InstrumentedStorage, signal?: AbortSignal) =>
      store.read(['c/conversations/x'], signal),
    write: (store: BlobStateStorage | InstrumentedStorage, signal?: AbortSignal) =>
      store.write({ 'c/conversations/x': { a: 1 } }, signal),
    delete: (store: BlobStateStorage | InstrumentedStorage, signal?: AbortSignal) =>
      store.delete(['c/conversations/x'], signal),
  };
  const failure = (call: Promise<unknown>) =>
    call.then(
      () => undefined,
      (e: unknown) => e,
    );

  it.each(['read', 'write', 'delete'] as const)(
    '%s hands the abort signal to the storage SDK: the request itself ends when it fires',
    async (operation) => {
      const store = new BlobStateStorage(connection, 'bot-state', { tryTimeoutMs: 600_000 });
      const started = Date.now();
      const error = await failure(calls[operation](store, AbortSignal.timeout(300)));
      expect((error as Error).name).toBe('AbortError');
      expect(Date.now() - started).toBeLessThan(2000);
    },
  );

  it.each(['read', 'write', 'delete'] as const)(
    '%s through the instrumented store fails as an outage at its deadline',
    async (operation) => {
      const store = new InstrumentedStorage(
        new BlobStateStorage(connection, 'bot-state', { tryTimeoutMs: 600_000 }),
        () => undefined,
        { deadlineMs: 500 },
      );
      const started = Date.now();
      const error = await failure(calls[operation](store));
      expect(isStorageError(error, 'unavailable')).toBe(true);
      expect(Date.now() - started).toBeLessThan(2000);
    },
  );
});
