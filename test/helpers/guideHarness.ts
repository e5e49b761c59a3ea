/** Test helpers: the real bot on a TestAdapter, and the real server on a free loopback port. */
import type { AddressInfo } from 'node:net';
import {
  ActivityTypes,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  TestAdapter,
  type Activity,
} from 'botbuilder';
import { attachGuide, createGuide, type Guide } from '../../src/composition';
import { OFFICES_FILE, OfficeDirectory } from '../../src/offices';
import { loadPlaceResolver } from '../../src/places';
import { Understanding } from '../../src/understanding/understanding';
import { loadConfig, type Config } from '../../src/config';
import { createLogger } from '../../src/logger';
import { createServer } from '../../src/server';

export const silentLogger = createLogger('silent');

export function testConfig(env: NodeJS.ProcessEnv = {}): Config {
  return loadConfig({ PORT: '0', HOST: '127.0.0.1', ...env });
}

/** One conversation with the real bot on a TestAdapter; `say` returns the bot's replies. */
export class TestConversation {
  readonly guide: Guide;
  readonly adapter: TestAdapter;

  constructor(
    readonly options: {
      locale?: string;
      channelId?: string;
      userId?: string;
      conversationId?: string;
      guide?: Guide;
    } = {},
  ) {
    this.guide = options.guide ?? createGuide(testConfig());
    const template: Partial<Activity> = {
      channelId: options.channelId ?? 'test',
      from: { id: options.userId ?? 'user1', name: 'user' },
      conversation: {
        id: options.conversationId ?? 'conversation1',
        isGroup: false,
        name: 'c',
        conversationType: 'personal',
      },
    };
    this.adapter = attachGuide(
      new TestAdapter((context) => this.guide.bot.run(context), template),
      this.guide,
      silentLogger,
    );
  }

  /** Sends a message (text, or a partial activity) and returns every message the bot sent back. */
  async say(input: string | Partial<Activity>): Promise<Partial<Activity>[]> {
    const activity: Partial<Activity> =
      typeof input === 'string' ? { type: ActivityTypes.Message, text: input } : input;
    if (activity.locale === undefined && this.options.locale !== undefined) {
      activity.locale = this.options.locale;
    }
    this.adapter.activeQueue.splice(0);
    await this.adapter.receiveActivity(activity);
    return this.adapter.activeQueue.splice(0).filter((a) => a.type === ActivityTypes.Message);
  }

  /** Sends the conversationUpdate a channel sends when the user joins. */
  async join(): Promise<Partial<Activity>[]> {
    return this.say({
      type: ActivityTypes.ConversationUpdate,
      membersAdded: [this.adapter.template.from!],
    });
  }
}

/** Wednesday 25 November 2026, 11:00 in Stockholm: the frozen clock of the transcript tests. */
export const WEDNESDAY_11 = () => new Date('2026-11-25T10:00:00Z');

/**
 * Conversations with the real bot for one test file. Training and the gazetteer are built once
 * and shared by every conversation; every guide made is closed after the file's tests.
 */
export function conversations(options: { channelId?: string } = {}) {
  const understanding = Understanding.fromLocales();
  // The offices' points as the network, as the composition root wires it.
  const network = OfficeDirectory.fromFile(OFFICES_FILE).offices.map((o) => o.position);
  const places = loadPlaceResolver(undefined, undefined, network);
  const guides: Guide[] = [];
  afterAll(() => {
    for (const g of guides) g.close();
  });
  return {
    understanding,
    /** A new conversation in `locale` (on the file's channel unless another is given). */
    start(
      locale: string,
      over: { channelId?: string; understanding?: Understanding; env?: NodeJS.ProcessEnv } = {},
    ): TestConversation {
      const guide = createGuide(testConfig(over.env), {
        understanding: over.understanding ?? understanding,
        places,
        now: WEDNESDAY_11,
      });
      guides.push(guide);
      return new TestConversation({
        locale,
        guide,
        channelId: over.channelId ?? options.channelId ?? 'test',
      });
    },
  };
}

/** The real HTTP server, in-process, on a free loopback port. */
export async function startTestServer(env: NodeJS.ProcessEnv = {}): Promise<{
  url: string;
  close: () => Promise<void>;
  setReady: (ready: boolean) => void;
}> {
  const config = testConfig(env);
  const guide = createGuide(config);
  const adapter = attachGuide(
    new CloudAdapter(new ConfigurationBotFrameworkAuthentication({})),
    guide,
    silentLogger,
  );
  let ready = true;
  const server = createServer({
    config,
    logger: silentLogger,
    guide,
    adapter,
    isReady: () => ready,
  });
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve();
    });
  });
  const address: AddressInfo = server.address();
  const { port } = address;
  return {
    url: `http://127.0.0.1:${port}`,
    setReady: (value) => {
      ready = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          guide.close();
          resolve();
        });
      }),
  };
}

/** POSTs an activity with deliveryMode expectReplies and returns status and replies. */
export async function postActivity(
  url: string,
  activity: Record<string, unknown> | string,
): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof activity === 'string' ? activity : JSON.stringify(activity),
  });
  const text = await res.text();
  return { status: res.status, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
}
