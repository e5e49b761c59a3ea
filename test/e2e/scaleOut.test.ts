import type { StoreItem, StoreItems } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { BlobStateStorage } from '../../src/state/blobStateStorage';
import type { VersionedStorage } from '../../src/state/optimisticStorage';
import { Azurite } from '../helpers/azurite';
import { message, post, startServer, type RunningServer } from '../helpers/productionServer';

/** A store whose writes can be held back, to make two instances race for one conversation on purpose. */
class GatedStorage implements VersionedStorage {
  private gate: Promise<void> | undefined;
  private release: (() => void) | undefined;
  private reached: (() => void) | undefined;

  constructor(private readonly inner: VersionedStorage) {}

  /** Holds the next write; resolves once a write is waiting at the gate. */
  hold(): Promise<void> {
    this.gate = new Promise((resolve) => (this.release = resolve));
    return new Promise((resolve) => (this.reached = resolve));
  }

  /** Lets the held write go on. */
  open(): void {
    this.gate = undefined;
    this.release?.();
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.inner.read(keys);
  }

  async write(changes: StoreItems): Promise<void> {
    await this.writeVersioned(changes);
  }

  async writeVersioned(changes: StoreItems): Promise<Record<string, string>> {
    const gate = this.gate;
    if (gate !== undefined) {
      this.reached?.();
      await gate;
    }
    return this.inner.writeVersioned(changes);
  }

  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}

const azurite = new Azurite();
const blobEnv = (): NodeJS.ProcessEnv => ({
  STORAGE: 'blob',
  BLOB_CONNECTION_STRING: azurite.connectionString,
  BLOB_CONTAINER: 'scale-out',
  RATE_LIMIT_IP_PER_MINUTE: '0',
});

beforeAll(async () => {
  await azurite.start();
}, 20_000);
afterAll(async () => {
  await azurite.dispose();
});

describe('BlobStateStorage against Azurite', () => {
  let store: BlobStateStorage;
  let other: BlobStateStorage;
  beforeAll(() => {
    store = new BlobStateStorage(azurite.connectionString, 'storage-test');
    other = new BlobStateStorage(azurite.connectionString, 'storage-test');
  });

  it('creates, reads back (Ukrainian text too) and updates with the eTag it read', async () => {
    await store.write({ 'directline/conversations/a': { place: 'Кіруна', n: 1 } });
    const read = (await other.read(['directline/conversations/a', 'missing']))[
      'directline/conversations/a'
    ] as StoreItem;
    expect(read).toMatchObject({ place: 'Кіруна', n: 1 });
    expect(typeof read.eTag).toBe('string');
    await other.write({ 'directline/conversations/a': { ...read, n: 2 } });
    expect(
      (await store.read(['directline/conversations/a']))['directline/conversations/a'],
    ).toMatchObject({ n: 2 });
  });

  it('refuses a write with a stale eTag (BlobsStorage honours If-Match)', async () => {
    await store.write({ stale: { n: 1 } });
    const first = (await store.read(['stale'])).stale as StoreItem;
    await other.write({ stale: { ...first, n: 2 } });
    await expect(store.write({ stale: { ...first, n: 3 } })).rejects.toThrow(/eTag conflict/);
    expect((await store.read(['stale'])).stale).toMatchObject({ n: 2 });
  });

  it('refuses to create an item another instance created meanwhile (BlobsStorage alone would overwrite it)', async () => {
    await other.write({ fresh: { by: 'other' } });
    await expect(store.write({ fresh: { by: 'store' } })).rejects.toThrow(/eTag conflict/);
    expect((await store.read(['fresh'])).fresh).toMatchObject({ by: 'other' });
    // What BlobsStorage on its own does with the same write: it overwrites silently.
    const plain = new BlobsStorage(azurite.connectionString, 'storage-test');
    await plain.write({ fresh: { by: 'plain' } });
    expect((await store.read(['fresh'])).fresh).toMatchObject({ by: 'plain' });
  });

  it('still overwrites on request with eTag "*", and deletes', async () => {
    await store.write({ forced: { n: 1 } });
    await other.write({ forced: { n: 2, eTag: '*' } });
    expect((await store.read(['forced'])).forced).toMatchObject({ n: 2 });
    await store.delete(['forced', 'never-written']);
    expect(await other.read(['forced'])).toEqual({});
  });
});

describe('two bot instances sharing one Azurite', () => {
  let a: RunningServer;
  let b: RunningServer;
  let gated: GatedStorage;
  beforeAll(async () => {
    gated = new GatedStorage(new BlobStateStorage(azurite.connectionString, 'scale-out'));
    a = await startServer({ env: blobEnv(), guide: { conversationStorage: gated } });
    b = await startServer({ env: blobEnv() });
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  const say = async (bot: RunningServer, id: string, text: string, locale?: string) => {
    const { status, replies } = await post(
      bot.url,
      message(id, text, locale === undefined ? {} : { locale }),
    );
    expect(status).toBe(200);
    return replies;
  };

  it('serve alternate turns of one Swedish conversation as one bot', async () => {
    const id = 'alt-sv';
    const matter = await say(a, id, 'Jag har fått barn', 'sv-SE');
    expect(JSON.stringify(matter)).toContain('"identifier":"forsakringskassan"');
    expect((await say(b, id, 'ja'))[0]?.text).toMatch(/Var befinner du dig/);
    const offices = await say(a, id, 'Gamlestaden');
    expect(offices[0]?.text).toMatch(/Servicekontor nära/);
    expect(JSON.stringify(offices)).toContain('"identifier":"gamlestaden"');
    // "the second one" counts in the list the other instance showed.
    const second = await say(b, id, 'den andra');
    expect(second[0]?.locale).toBe('sv-SE');
    expect(JSON.stringify(second)).toContain('"type":"Place"');
  });

  it.each([
    ['en', 'Hello, I need help with my taxes', 'en-GB'],
    ['uk', 'Привіт, мені потрібна допомога з податками', 'uk-UA'],
  ])('keep the %s language of a conversation across instances', async (lang, opening, locale) => {
    const id = `alt-${lang}`;
    expect((await say(a, id, opening))[0]?.locale).toBe(locale);
    expect((await say(b, id, 'ok'))[0]?.locale).toBe(locale);
    expect((await say(a, id, '412 63'))[0]?.locale).toBe(locale);
  });

  it('lose no conversation when many run at once across both instances', async () => {
    const ids = Array.from({ length: 16 }, (_, i) => `many-${i}`);
    const results = await Promise.all(
      ids.map(async (id, i) => {
        const [first, second] = i % 2 === 0 ? [a, b] : [b, a];
        await say(first, id, 'Jag har fått barn', 'sv-SE');
        await say(second, id, 'ja');
        return say(first, id, 'Gamlestaden');
      }),
    );
    for (const replies of results) {
      expect(JSON.stringify(replies)).toContain('"identifier":"gamlestaden"');
    }
  });

  /** Races a turn on A against a turn on B in one conversation; B saves first. */
  async function race(id: string, onA: string, onB: string) {
    const held = gated.hold();
    const slow = post(a.url, message(id, onA));
    await held; // A has read the state and run its turn; its save waits.
    const fast = await post(b.url, message(id, onB));
    gated.open();
    return { slow: await slow, fast };
  }

  it('never let the slower of two simultaneous turns overwrite the faster one', async () => {
    const id = 'race-existing';
    await say(a, id, 'Hej, jag behöver hjälp', 'sv-SE');
    const { slow, fast } = await race(id, 'in English please', 'українською');
    expect(fast.replies[0]?.locale).toBe('uk-UA');
    // The slower turn apologises in its own language instead of saving over the other one.
    expect(slow.status).toBe(200);
    expect(slow.replies.at(-1)?.text).toMatch(/Sorry, something went wrong/);
    // Both instances now see what the faster turn saved.
    expect((await say(a, id, 'ok'))[0]?.locale).toBe('uk-UA');
    expect((await say(b, id, 'ok'))[0]?.locale).toBe('uk-UA');
  });

  it('never let two first turns of a new conversation overwrite each other', async () => {
    const id = 'race-new';
    const { slow, fast } = await race(id, 'Hello, I need help', 'Привіт, мені потрібна допомога');
    expect(fast.replies[0]?.locale).toBe('uk-UA');
    expect(slow.replies.at(-1)?.text).toMatch(/Sorry, something went wrong/);
    expect((await say(a, id, 'ok'))[0]?.locale).toBe('uk-UA');
  });

  it('count each lost race as a storage conflict', async () => {
    const metrics = await (await fetch(`${a.url}/metrics`)).text();
    expect(metrics).toMatch(/guide_storage_errors_total\{operation="write",kind="conflict"\} 2/);
  });
});

describe('a storage outage', () => {
  it('gets an apology in the person\u2019s language, not a crash, and service resumes when storage returns', async () => {
    const a = await startServer({ env: blobEnv() });
    try {
      const conversations: [string, string, string, RegExp][] = [
        ['out-sv', 'sv-SE', 'Jag har fått barn', /Förlåt, något gick fel/],
        ['out-en', 'en-GB', 'I lost my job', /Sorry, something went wrong/],
        ['out-uk', 'uk-UA', 'Я втратив роботу', /Вибачте, у мене сталася помилка/],
      ];
      for (const [id, locale, text] of conversations) {
        const { replies } = await post(a.url, message(id, text, { locale }));
        expect(JSON.stringify(replies)).toContain('"type":"GovernmentOrganization"');
      }

      await azurite.stop();
      // An instance that starts during the outage.
      const late = await startServer({ env: blobEnv() });
      try {
        for (const [id, locale, , apology] of conversations) {
          const { status, replies } = await post(a.url, message(id, 'ja', { locale }));
          expect(status).toBe(200);
          expect(replies.at(-1)?.text).toMatch(apology);
          expect(replies.at(-1)?.locale).toBe(locale);
        }
        const first = await post(late.url, message('late', 'Hej', { locale: 'sv-SE' }));
        expect(first.replies.at(-1)?.text).toMatch(/Förlåt, något gick fel/);
        // Readiness says storage is failing, so a load balancer can move traffic.
        expect((await fetch(`${a.url}/healthz`)).status).toBe(503);

        await azurite.start();
        expect((await fetch(`${a.url}/healthz`)).status).toBe(200);
        // The conversations go on where they were: the offer of an office is still open.
        const resumed = await post(a.url, message('out-sv', 'ja', { locale: 'sv-SE' }));
        expect(resumed.replies[0]?.text).toMatch(/Var befinner du dig/);
        const en = await post(a.url, message('out-en', 'yes', { locale: 'en-GB' }));
        expect(en.replies[0]?.locale).toBe('en-GB');
        expect(en.replies[0]?.text).toMatch(/Where are you/i);
        // And the instance that started in the outage works too.
        const again = await post(
          late.url,
          message('late', 'Jag har fått barn', { locale: 'sv-SE' }),
        );
        expect(JSON.stringify(again.replies)).toContain('"identifier":"forsakringskassan"');
        const metrics = await (await fetch(`${a.url}/metrics`)).text();
        expect(metrics).toMatch(
          /guide_storage_errors_total\{operation="read",kind="unavailable"\} [1-9]/,
        );
      } finally {
        await late.close();
      }
    } finally {
      await a.close();
    }
  }, 60_000);
});
