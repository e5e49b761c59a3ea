/**
 * `npm run bench -- --soak`: the bot, a bare botbuilder-dialogs bot and the echo bot under the same
 * long conversational load, then 10,000 idle conversations. The three run side by side and take
 * the load in turns (short windows, the order turning each round), so a machine shared with other
 * work slows all three alike and the ratios stay fair; the load average is printed with the table.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { cpuMicros, loadFigures, rssMb, startFlags, waitReady } from './httpBench';

const root = join(__dirname, '..', '..');

/** What people say, turn by turn; each conversation loops through its script (the last turn starts over). bench/turnCost runs the same. */
export const SCRIPTS: { locale: string; turns: string[] }[] = [
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
  /** The measured seconds of each bot are taken in this many windows, the bots in turn. */
  rounds: number;
  idleConversations: number;
}

/** What one bot did under the soak. */
export interface SoakResult {
  turnsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  turns: number;
  /** CPU time of the bot's process per answered turn in the measured windows, in µs. */
  cpuUsPerTurn: number;
  rssStartMb: number;
  rssEndMb: number;
  /** RSS after each round of the measured run. */
  rssSamplesMb: number[];
}

/**
 * Node flags that write a CPU profile of each soaked bot into SOAK_CPU_PROF (a folder), when set:
 * the profile covers the whole process, so look at its last, measured seconds.
 */
function profileFlags(): string[] {
  const dir = process.env.SOAK_CPU_PROF;
  return dir === undefined || dir === '' ? [] : ['--cpu-prof', `--cpu-prof-dir=${dir}`];
}

/** Starts a bot on loopback with limits off (all load comes from one address) and quiet logs. */
async function startBot(
  script: string,
  port: number,
  flags: string[] = [],
): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [...startFlags(), ...flags, script], {
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
  try {
    // A shared machine can be slow to train the models: the start may take minutes.
    await waitReady(url, child, 300_000);
  } catch (err: unknown) {
    child.kill('SIGKILL');
    throw err;
  }
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

/** One window of load: the turns answered, their latencies (ms) and the failed ones. */
interface Window {
  turns: number;
  latencies: number[];
  errors: number;
  /** CPU time the bot's process used during the window, in µs. */
  cpuUs: number;
}

function load(
  url: string,
  pool: ConversationPool,
  seconds: number,
  connections: number,
): Promise<Window> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
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
      },
      (err: unknown, result: autocannon.Result) => {
        if (err !== null && err !== undefined) {
          reject(err instanceof Error ? err : new Error('autocannon failed'));
          return;
        }
        const { errors } = loadFigures(result);
        resolve({ turns: latencies.length, latencies, errors, cpuUs: 0 });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
}

/** The value below which `share` of the sorted values lie. */
function percentile(sorted: number[], share: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
}

/** A bot under the soak: its process, its conversations and what its windows measured. */
interface SoakedBot {
  url: string;
  child: ChildProcess;
  pool: ConversationPool;
  windows: Window[];
  seconds: number;
  rssStartMb: number;
  rssSamplesMb: number[];
}

/**
 * Soaks the bots side by side: each warms up, then the measured seconds are taken in `rounds`
 * windows per bot, the bots in turn and the order turning each round, so that a change in the
 * machine's load falls on all of them alike. RSS is sampled at the start, after each round and at
 * the end.
 */
async function soakAll(
  bots: { script: string; port: number }[],
  options: SoakOptions,
): Promise<SoakResult[]> {
  const started: SoakedBot[] = [];
  try {
    for (const { script, port } of bots) {
      const { url, child } = await startBot(script, port, profileFlags());
      started.push({
        url,
        child,
        pool: new ConversationPool(options.conversations, `soak-${port}`),
        windows: [],
        seconds: 0,
        rssStartMb: 0,
        rssSamplesMb: [],
      });
    }
    for (const bot of started) {
      await load(bot.url, bot.pool, options.warmupSeconds, options.connections);
      bot.rssStartMb = rssMb(bot.child);
    }
    const rounds = Math.max(1, options.rounds);
    const seconds = Math.max(1, Math.round(options.durationSeconds / rounds));
    for (let round = 0; round < rounds; round += 1) {
      for (let i = 0; i < started.length; i += 1) {
        const bot = started[(i + round) % started.length]!;
        const cpuBefore = cpuMicros(bot.child);
        const measured = await load(bot.url, bot.pool, seconds, options.connections);
        bot.windows.push({ ...measured, cpuUs: cpuMicros(bot.child) - cpuBefore });
        bot.seconds += seconds;
      }
      for (const bot of started) bot.rssSamplesMb.push(Math.round(rssMb(bot.child)));
    }
    return started.map((bot) => {
      const latencies = bot.windows.flatMap((w) => w.latencies).sort((x, y) => x - y);
      const turns = bot.windows.reduce((sum, w) => sum + w.turns, 0);
      return {
        turnsPerSecond: turns / bot.seconds,
        p50Ms: percentile(latencies, 0.5),
        p99Ms: percentile(latencies, 0.99),
        errors: bot.windows.reduce((sum, w) => sum + w.errors, 0),
        turns,
        cpuUsPerTurn: bot.windows.reduce((sum, w) => sum + w.cpuUs, 0) / turns,
        rssStartMb: bot.rssStartMb,
        rssEndMb: rssMb(bot.child),
        rssSamplesMb: bot.rssSamplesMb,
      };
    });
  } finally {
    for (const bot of started) await stopBot(bot.child);
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
type Row = [
  name: string,
  guide: string,
  floor: string,
  echo: string,
  ofFloor: string,
  ofEcho: string,
  aim: string,
];

/** Runs the soak and prints the table; returns false when an aim of the issue is missed. */
export async function runSoak(): Promise<boolean> {
  const options: SoakOptions = {
    connections: Number(process.env.SOAK_CONNECTIONS ?? 50),
    conversations: Number(process.env.SOAK_CONVERSATIONS ?? 500),
    warmupSeconds: Number(process.env.SOAK_WARMUP_SECONDS ?? 15),
    durationSeconds: Number(process.env.SOAK_SECONDS ?? 60),
    rounds: Number(process.env.SOAK_ROUNDS ?? 4),
    idleConversations: Number(process.env.SOAK_IDLE_CONVERSATIONS ?? 10_000),
  };
  console.log(
    `Soak: ${options.connections} connections, ${options.conversations} conversations in multi-turn scripts (sv, en, uk), ` +
      `${options.warmupSeconds} s warm-up + ${options.durationSeconds} s measured per bot in ${options.rounds} windows, ` +
      `the bots in turn; loopback, expectReplies, node ${startFlags().join(' ')} as npm start runs it\n`,
  );
  const loadBefore = loadavg();
  const guideScript = join(root, 'dist/src/index.js');
  const [bot, floor, echo] = (await soakAll(
    [
      { script: guideScript, port: 3992 },
      { script: join(root, 'dist/bench/dialogFloorBot.js'), port: 3995 },
      { script: join(root, 'dist/bench/echoBot.js'), port: 3993 },
    ],
    options,
  )) as [SoakResult, SoakResult, SoakResult];
  const loadAfter = loadavg();
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
    ratio ? fmt(of(bot) / of(floor), 2) : '',
    ratio ? `${fmt(of(bot) / of(echo), 2)} (${fmt(of(floor) / of(echo), 2)})` : '',
    aim,
  ];
  const rows: Row[] = [
    row('turns/s', (r) => r.turnsPerSecond, true, '≥ 0.80 of the floor'),
    row('CPU per turn (µs)', (r) => r.cpuUsPerTurn, true, '', 0),
    row('p50 latency (ms)', (r) => r.p50Ms, true),
    row('p99 latency (ms)', (r) => r.p99Ms, true, '≤ 1.30 × the floor'),
    row('turns', (r) => r.turns, false, '', 0),
    row('errors', (r) => r.errors, false, '0', 0),
    row('RSS at start (MB)', (r) => r.rssStartMb, false),
    row('RSS at end (MB)', (r) => r.rssEndMb, false),
    row('RSS growth (%)', growth, false, '< 10'),
  ];
  console.log(
    [
      '| measure | guide bot | dialog floor | echo bot | guide / floor | guide / echo (floor / echo) | aim |',
      '|---|---:|---:|---:|---:|---:|---|',
      ...rows.map((r) => `| ${r.join(' | ')} |`),
    ].join('\n'),
  );
  console.log(
    '\nThe dialog floor is the echo bot plus state and a one-prompt waterfall (bench/dialogFloorBot.ts):' +
      ' what any botbuilder-dialogs bot costs before doing any work of its own.' +
      ' CPU per turn is the process time (user + system, all threads) over the measured windows divided by' +
      ' the turns answered: unlike turns/s and latency it hardly moves with the load of the machine, so' +
      ' its ratios compare across runs.',
  );
  console.log(
    `\nCPU per turn above the dialog floor: ${fmt(bot.cpuUsPerTurn - floor.cpuUsPerTurn, 0)} µs. ` +
      `Where CPU is what limits (a quiet machine, all cores busy), the guide can answer at most ` +
      `${fmt(floor.cpuUsPerTurn / bot.cpuUsPerTurn, 2)} of the floor's turns/s (floor CPU / guide CPU); ` +
      `the aim of 0.80 asks for at most ${fmt(floor.cpuUsPerTurn / 0.8, 0)} µs a turn.`,
  );
  const fmtLoad = (l: number[]) => l.map((x) => x.toFixed(2)).join(', ');
  console.log(
    `\nLoad average (1, 5, 15 min): ${fmtLoad(loadBefore)} before, ${fmtLoad(loadAfter)} after the soak.`,
  );
  console.log(
    `\nRSS after each round (MB): guide ${bot.rssSamplesMb.join(', ')}; floor ${floor.rssSamplesMb.join(', ')}; echo ${echo.rssSamplesMb.join(', ')}`,
  );
  // SOAK_IDLE_CONVERSATIONS=0 leaves the idle run out (a quick look at the cost of turns).
  if (options.idleConversations <= 0) return false;
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
    bot.turnsPerSecond >= 0.8 * floor.turnsPerSecond &&
    bot.p99Ms <= 1.3 * floor.p99Ms &&
    growth(bot) < 10 &&
    idleRun.after < 250 &&
    idleRun.errors === 0
  );
}
