/**
 * `npm run bench -- --soak`: the bot, a bare botbuilder-dialogs bot and the echo bot under the same
 * long conversational load, then 10,000 idle conversations.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { loadFigures, rssMb, startFlags, waitReady } from './httpBench';

const root = join(__dirname, '..', '..');

/** What people say, turn by turn; each conversation loops through its script (the last turn starts over). */
const SCRIPTS: { locale: string; turns: string[] }[] = [
  {
    locale: 'sv-SE',
    turns: ['Jag har fått barn', 'ja', 'Gamlestaden', 'den andra', 'öppet på lördag?', 'börja om'],
  },
  {
    locale: 'en-GB',
    turns: [
      'I lost my job',
      'yes',
      'Kiruna',
      'more',
      'Hello, I need help with my taxes',
      'start over',
    ],
  },
  {
    locale: 'uk-UA',
    turns: ['Я втратив роботу', 'так', 'Мальме', 'другий', 'Я з України', 'почати знову'],
  },
];

/** The settings of one soak. */
export interface SoakOptions {
  connections: number;
  conversations: number;
  /** Seconds of load before the first memory sample (start-up allocations settle). */
  warmupSeconds: number;
  durationSeconds: number;
  idleConversations: number;
}

/** What one bot did under the soak. */
export interface SoakResult {
  turnsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  turns: number;
  rssStartMb: number;
  rssEndMb: number;
  /** RSS every 10 s of the measured run. */
  rssSamplesMb: number[];
}

/** Starts a bot on loopback with limits off (all load comes from one address) and quiet logs. */
async function startBot(
  script: string,
  port: number,
): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [...startFlags(), script], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
      NODE_ENV: 'development',
      RATE_LIMIT_CONVERSATION_PER_MINUTE: '0',
      RATE_LIMIT_IP_PER_MINUTE: '0',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitReady(url, child);
  return { url, child };
}

async function stopBot(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  child.kill('SIGTERM');
  await exited;
}

/**
 * Conversations checked out one turn at a time: a conversation is never in flight twice, so its
 * turns arrive in order, as a person's would, while all connections stay busy.
 */
class ConversationPool {
  private readonly free: number[];
  private readonly steps: number[];

  constructor(
    size: number,
    private readonly prefix: string,
  ) {
    this.free = Array.from({ length: size }, (_, i) => i);
    this.steps = new Array<number>(size).fill(0);
  }

  /** The next turn's body, and the conversation it belongs to. */
  take(): { id: number; body: string } {
    const id = this.free.shift() ?? 0;
    const script = SCRIPTS[id % SCRIPTS.length]!;
    const step = this.steps[id] ?? 0;
    const body = JSON.stringify({
      type: 'message',
      text: script.turns[step % script.turns.length],
      locale: script.locale,
      channelId: 'directline',
      conversation: { id: `${this.prefix}-${id}` },
      from: { id: `${this.prefix}-user-${id}` },
      recipient: { id: 'bot' },
      deliveryMode: 'expectReplies',
    });
    return { id, body };
  }

  /** The turn is answered: the conversation goes back, one step on. */
  give(id: number): void {
    this.steps[id] = (this.steps[id] ?? 0) + 1;
    this.free.push(id);
  }
}

async function load(url: string, pool: ConversationPool, seconds: number, connections: number) {
  return autocannon({
    url: `${url}/api/messages`,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request, context: object) => {
          const { id, body } = pool.take();
          (context as { conversation?: number }).conversation = id;
          return { ...request, body };
        },
        onResponse: (_status, _body, context: object) => {
          const { conversation } = context as { conversation?: number };
          if (conversation !== undefined) pool.give(conversation);
        },
      },
    ],
  });
}

/** Soaks one bot: warm-up, a memory sample, the measured run, a second sample. */
async function soakOne(script: string, port: number, options: SoakOptions): Promise<SoakResult> {
  const { url, child } = await startBot(script, port);
  try {
    const pool = new ConversationPool(options.conversations, `soak-${port}`);
    await load(url, pool, options.warmupSeconds, options.connections);
    const rssStartMb = rssMb(child);
    const rssSamplesMb: number[] = [];
    const sampler = setInterval(() => {
      rssSamplesMb.push(Math.round(rssMb(child)));
    }, 10_000);
    const result = await load(url, pool, options.durationSeconds, options.connections);
    clearInterval(sampler);
    return {
      rssSamplesMb,
      ...loadFigures(result),
      turns: result.requests.total,
      rssStartMb,
      rssEndMb: rssMb(child),
    };
  } finally {
    await stopBot(child);
  }
}

/** RSS of a fresh bot before and after `count` conversations of one turn each, left idle. */
export async function idle(script: string, port: number, count: number) {
  const { url, child } = await startBot(script, port);
  try {
    const before = rssMb(child);
    let n = 0;
    const result = await autocannon({
      url: `${url}/api/messages`,
      method: 'POST',
      connections: 20,
      amount: count,
      headers: { 'content-type': 'application/json' },
      requests: [
        {
          setupRequest: (request) => {
            const i = n++;
            const script = SCRIPTS[i % SCRIPTS.length]!;
            return {
              ...request,
              body: JSON.stringify({
                type: 'message',
                text: script.turns[0],
                locale: script.locale,
                channelId: 'directline',
                conversation: { id: `idle-${i}` },
                from: { id: `idle-user-${i}` },
                recipient: { id: 'bot' },
                deliveryMode: 'expectReplies',
              }),
            };
          },
        },
      ],
    });
    // Let the last turns finish and the heap settle a moment before reading memory.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    return {
      before,
      after: rssMb(child),
      errors: loadFigures(result).errors,
      sent: result.requests.total,
    };
  } finally {
    await stopBot(child);
  }
}

function fmt(value: number, digits = 1): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '–';
}

/** One row of the table: the measure for the guide, the dialog floor and the echo bot. */
type Row = [name: string, guide: string, floor: string, echo: string, ratio: string, aim: string];

/** Runs the soak and prints the table; returns false when an aim of the issue is missed. */
export async function runSoak(): Promise<boolean> {
  const options: SoakOptions = {
    connections: Number(process.env.SOAK_CONNECTIONS ?? 50),
    conversations: Number(process.env.SOAK_CONVERSATIONS ?? 500),
    warmupSeconds: Number(process.env.SOAK_WARMUP_SECONDS ?? 15),
    durationSeconds: Number(process.env.SOAK_SECONDS ?? 60),
    idleConversations: Number(process.env.SOAK_IDLE_CONVERSATIONS ?? 10_000),
  };
  console.log(
    `Soak: ${options.connections} connections, ${options.conversations} conversations in multi-turn scripts (sv, en, uk), ` +
      `${options.warmupSeconds} s warm-up + ${options.durationSeconds} s measured per bot, loopback, expectReplies, ` +
      `node ${startFlags().join(' ')} as npm start runs it\n`,
  );
  const guideScript = join(root, 'dist/src/index.js');
  const bot = await soakOne(guideScript, 3992, options);
  const floor = await soakOne(join(root, 'dist/bench/dialogFloorBot.js'), 3995, options);
  const echo = await soakOne(join(root, 'dist/bench/echoBot.js'), 3993, options);
  const growth = (r: SoakResult) => ((r.rssEndMb - r.rssStartMb) / r.rssStartMb) * 100;
  const row = (
    name: string,
    of: (r: SoakResult) => number,
    ratio: boolean,
    aim = '',
    digits = 1,
  ): Row => [
    name,
    fmt(of(bot), digits),
    fmt(of(floor), digits),
    fmt(of(echo), digits),
    ratio ? `${fmt(of(bot) / of(echo), 2)} (${fmt(of(floor) / of(echo), 2)})` : '',
    aim,
  ];
  const rows: Row[] = [
    row('turns/s', (r) => r.turnsPerSecond, true, '≥ 0.70'),
    row('p50 latency (ms)', (r) => r.p50Ms, true),
    row('p99 latency (ms)', (r) => r.p99Ms, true, '≤ 1.50'),
    row('turns', (r) => r.turns, false, '', 0),
    row('errors', (r) => r.errors, false, '0', 0),
    row('RSS at start (MB)', (r) => r.rssStartMb, false),
    row('RSS at end (MB)', (r) => r.rssEndMb, false),
    row('RSS growth (%)', growth, false, '< 10'),
  ];
  console.log(
    [
      '| measure | guide bot | dialog floor | echo bot | guide / echo (floor / echo) | aim |',
      '|---|---:|---:|---:|---:|---|',
      ...rows.map((r) => `| ${r.join(' | ')} |`),
    ].join('\n'),
  );
  console.log(
    '\nThe dialog floor is the echo bot plus state and a one-prompt waterfall (bench/dialogFloorBot.ts):' +
      ' what any botbuilder-dialogs bot costs before doing any work of its own.',
  );
  console.log(
    `\nRSS every 10 s (MB): guide ${bot.rssSamplesMb.join(', ')}; floor ${floor.rssSamplesMb.join(', ')}; echo ${echo.rssSamplesMb.join(', ')}`,
  );
  const idleRun = await idle(guideScript, 3994, options.idleConversations);
  console.log(
    `\n| ${options.idleConversations} idle conversations | guide bot | aim |\n|---|---:|---|\n` +
      `| RSS before (MB) | ${fmt(idleRun.before)} | |\n` +
      `| RSS after (MB) | ${fmt(idleRun.after)} | < 250 |\n` +
      `| per conversation (kB) | ${fmt(((idleRun.after - idleRun.before) * 1024) / idleRun.sent)} | |\n` +
      `| turns sent / errors | ${idleRun.sent} / ${idleRun.errors} | 0 errors |`,
  );
  return (
    bot.errors === 0 &&
    bot.turnsPerSecond >= 0.7 * echo.turnsPerSecond &&
    bot.p99Ms <= 1.5 * echo.p99Ms &&
    growth(bot) < 10 &&
    idleRun.after < 250 &&
    idleRun.errors === 0
  );
}
