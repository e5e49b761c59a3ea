/** Test helper: a real Azure Blob Storage API (Azurite) as a child process on a free loopback port, stoppable and restartable. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MAIN = join(
  __dirname,
  '..',
  '..',
  'node_modules',
  'azurite',
  'dist',
  'src',
  'blob',
  'main.js',
);
// Azurite's well-known development account (public, documented by Microsoft).
const ACCOUNT = 'devstoreaccount1';
const KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) =>
    server.close(() => {
      resolve();
    }),
  );
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => {
      resolve(false);
    });
  });
}

/** One Azurite blob service with its data in a temporary folder that outlives restarts. */
export class Azurite {
  private child: ChildProcess | undefined;
  private readonly location = mkdtempSync(join(tmpdir(), 'azurite-'));
  port = 0;

  /** The connection string for this instance. */
  get connectionString(): string {
    return [
      'DefaultEndpointsProtocol=http',
      `AccountName=${ACCOUNT}`,
      `AccountKey=${KEY}`,
      `BlobEndpoint=http://127.0.0.1:${this.port}/${ACCOUNT};`,
    ].join(';');
  }

  /** Starts (or restarts, on the same port and data) and waits until it accepts connections. */
  async start(): Promise<void> {
    if (this.port === 0) this.port = await freePort();
    const child = spawn(
      process.execPath,
      [
        MAIN,
        '--blobHost',
        '127.0.0.1',
        '--blobPort',
        String(this.port),
        '--location',
        this.location,
        '--silent',
        '--skipApiVersionCheck',
        '--loose',
        '--disableTelemetry',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    this.child = child;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    for (let i = 0; i < 300; i++) {
      if (child.exitCode !== null) throw new Error(`Azurite exited (${child.exitCode}): ${stderr}`);
      if (await accepts(this.port)) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`Azurite did not listen within 15 s: ${stderr}`);
  }

  /** Stops the process and waits for it to exit (its data stays for a restart). */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (child === undefined || child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) =>
      child.once('exit', () => {
        resolve();
      }),
    );
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  }

  /** Stops and removes the data folder. */
  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.location, { recursive: true, force: true });
  }
}
