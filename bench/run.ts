/** `npm run bench`: the bot against a plain echo bot under the same load, then each module's rows. */
import { join } from 'node:path';
import { benchBot, type HttpBenchResult } from './httpBench';
import type { BenchRow, BenchSuite } from './types';

const root = join(__dirname, '..', '..');
const load = {
  texts: [
    'Hej, jag behöver hjälp med föräldrapenning',
    'Hello, I need help with my taxes',
    'Привіт, мені потрібна допомога з роботою',
  ],
  conversations: 500,
  connections: 50,
  durationSeconds: Number(process.env.BENCH_SECONDS ?? 10),
};

/** Benchmarks of the domain modules, run in-process; each returns its own rows. */
async function moduleSuites(): Promise<[string, BenchSuite][]> {
  const suites: [string, BenchSuite][] = [];
  for (const name of ['offices', 'places', 'understanding', 'speech']) {
    try {
      const mod = (await import(`./${name}.js`)) as { run?: BenchSuite };
      if (mod.run !== undefined) suites.push([name, mod.run]);
    } catch (err: unknown) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') throw err;
    }
  }
  return suites;
}

function fmt(value: number, digits = 1): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '–';
}

function httpTable(bot: HttpBenchResult, echo: HttpBenchResult): string {
  const rows: [string, number, number, string][] = [
    ['turns/s', bot.turnsPerSecond, echo.turnsPerSecond, ''],
    ['CPU per turn (µs)', bot.cpuUsPerTurn, echo.cpuUsPerTurn, ''],
    ['p50 latency (ms)', bot.p50Ms, echo.p50Ms, ''],
    ['p99 latency (ms)', bot.p99Ms, echo.p99Ms, ''],
    ['RSS after load (MB)', bot.rssMb, echo.rssMb, ''],
    ['start to ready (ms)', bot.startMs, echo.startMs, ''],
    ['errors', bot.errors, echo.errors, ''],
  ];
  const lines = [
    '| measure | guide bot | echo bot (baseline) | guide / echo |',
    '|---|---:|---:|---:|',
    ...rows.map(
      ([name, b, e]) => `| ${name} | ${fmt(b)} | ${fmt(e)} | ${e === 0 ? '–' : fmt(b / e, 2)} |`,
    ),
  ];
  return lines.join('\n');
}

function moduleTable(rows: BenchRow[]): string {
  return [
    '| measure | value | baseline | note |',
    '|---|---:|---:|---|',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${fmt(r.value)} ${r.unit} | ${r.baseline === undefined ? '–' : `${fmt(r.baseline)} ${r.unit}`} | ${r.note ?? ''} |`,
    ),
  ].join('\n');
}

async function main(): Promise<void> {
  if (process.argv.includes('--soak') || process.env.BENCH_MODE === 'soak') {
    const { runSoak } = await import('./soak.js');
    const met = await runSoak();
    console.log(`\naims of the issue met: ${met ? 'yes' : 'no'}`);
    return;
  }
  console.log(
    `HTTP: ${load.connections} connections, ${load.conversations} conversations, ${load.durationSeconds} s each, loopback, expectReplies\n`,
  );
  // All load comes from one address: the rate limits would refuse most of it.
  const unlimited = { RATE_LIMIT_IP_PER_MINUTE: '0', RATE_LIMIT_CONVERSATION_PER_MINUTE: '0' };
  const bot = await benchBot({
    ...load,
    script: join(root, 'dist/src/index.js'),
    port: 3990,
    env: unlimited,
  });
  const echo = await benchBot({ ...load, script: join(root, 'dist/bench/echoBot.js'), port: 3991 });
  console.log(httpTable(bot, echo));
  const rows: BenchRow[] = [];
  for (const [name, suite] of await moduleSuites()) {
    console.error(`running ${name}…`);
    rows.push(...(await suite()));
  }
  if (rows.length > 0) console.log(`\n${moduleTable(rows)}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
