/** Test helper: the built bot as `npm start` runs it, in a child process, with its log lines and exit. */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/** Builds dist/ when it is older than the sources (as `npm start` does). */
export function ensureBuild(): void {
  execFileSync(process.execPath, [join(root, 'scripts', 'ensure-build.mjs')], { stdio: 'pipe' });
}

/** One running bot process on a free loopback port. */
export class BotProcess {
  /** Parsed JSON log lines (stdout), in order. */
  readonly log: Record<string, unknown>[] = [];
  /** Everything written to stderr. */
  stderr = '';
  url = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly child: ChildProcess;

  private constructor(env: NodeJS.ProcessEnv) {
    this.child = spawn(process.execPath, [join(root, 'dist', 'src', 'index.js')], {
      cwd: root,
      env: { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let pending = '';
    this.child.stdout!.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines.filter(Boolean)) {
        try {
          this.log.push(JSON.parse(line) as Record<string, unknown>);
        } catch {
          this.log.push({ msg: line });
        }
      }
    });
    this.child.stderr!.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString();
    });
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => {
        resolve({ code, signal });
      });
    });
  }

  /** Starts the bot and waits for its `ready` line. */
  static async start(env: NodeJS.ProcessEnv, timeoutMs = 120_000): Promise<BotProcess> {
    const bot = new BotProcess(env);
    const started = Date.now();
    while (Date.now() - started < timeoutMs) {
      const ready = bot.log.find((line) => line.msg === 'ready');
      if (typeof ready?.url === 'string') {
        bot.url = ready.url;
        return bot;
      }
      if (bot.child.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    bot.kill('SIGKILL');
    throw new Error(`the bot did not start: ${bot.stderr}`);
  }

  /** The log lines with this message. */
  lines(msg: string): Record<string, unknown>[] {
    return this.log.filter((line) => line.msg === msg);
  }

  kill(signal: NodeJS.Signals): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
  }
}
