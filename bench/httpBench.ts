/** Starts a bot as a child process and drives it over loopback HTTP with autocannon. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';

export interface HttpBenchResult {
  startMs: number;
  turnsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  rssMb: number;
  /** CPU time the bot's process used per answered turn, in µs (user + system, all threads). */
  cpuUsPerTurn: number;
}

export interface HttpBenchOptions {
  /** The script to run with node. */
  script: string;
  port: number;
  env?: NodeJS.ProcessEnv;
  /** Messages people send, taken in turn. */
  texts: string[];
  conversations: number;
  connections: number;
  durationSeconds: number;
}

/** The node flags `npm start` runs the bot with (package.json): every bot is measured as it is run. */
export function startFlags(): string[] {
  const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  return pkg.scripts.start.split(/\s+/).filter((token) => token.startsWith('--'));
}

/** What every load run reports: throughput, latency and failed requests. */
export function loadFigures(result: autocannon.Result) {
  return {
    turnsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
  };
}

/** Resident memory of a child process, in MB (Linux /proc). */
export function rssMb(child: ChildProcess): number {
  const status = readFileSync(`/proc/${String(child.pid)}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 'NaN');
  return kb / 1024;
}

/** Clock ticks per second of /proc's CPU times (USER_HZ): 100 on every Linux Node runs on. */
const TICKS_PER_SECOND = 100;

/**
 * CPU time a child process has used so far, user + system over all its threads, in µs (Linux
 * /proc, as `process.cpuUsage()` would report it inside the child). Unlike wall-clock time it does
 * not grow when other work shares the machine, so runs on a busy and a quiet machine agree.
 */
export function cpuMicros(child: ChildProcess): number {
  const stat = readFileSync(`/proc/${String(child.pid)}/stat`, 'utf8');
  // Fields after the command name "(…)": state is field 3, utime 14 and stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1e6) / TICKS_PER_SECOND;
}

/** Waits until the bot at `url` answers /healthz 200; fails if it exits or takes over `ms`. */
export async function waitReady(url: string, child: ChildProcess, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited (${child.exitCode})`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`${url} was not ready within ${ms / 1000} s`);
}

/** Measures start-to-ready, throughput, latency and memory of one bot process. */
export async function benchBot(options: HttpBenchOptions): Promise<HttpBenchResult> {
  const url = `http://127.0.0.1:${options.port}`;
  const started = performance.now();
  const child = spawn(process.execPath, [...startFlags(), options.script], {
    env: {
      ...process.env,
      ...options.env,
      PORT: String(options.port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitReady(url, child);
    const startMs = performance.now() - started;
    let turn = 0;
    const cpuBefore = cpuMicros(child);
    const result = await autocannon({
      url: `${url}/api/messages`,
      method: 'POST',
      connections: options.connections,
      duration: options.durationSeconds,
      headers: { 'content-type': 'application/json' },
      requests: [
        {
          setupRequest: (request) => {
            const n = turn++;
            return {
              ...request,
              body: JSON.stringify({
                type: 'message',
                text: options.texts[n % options.texts.length],
                channelId: 'directline',
                conversation: { id: `bench-${n % options.conversations}` },
                from: { id: `user-${n % options.conversations}` },
                recipient: { id: 'bot' },
                deliveryMode: 'expectReplies',
              }),
            };
          },
        },
      ],
    });
    const cpuUsPerTurn = (cpuMicros(child) - cpuBefore) / result.requests.total;
    return { startMs, ...loadFigures(result), rssMb: rssMb(child), cpuUsPerTurn };
  } finally {
    child.kill('SIGTERM');
  }
}
