/** Reloads the office file into a directory when the file changes or the process gets a signal. */
import { unwatchFile, watchFile, type Stats } from 'node:fs';
import type { OfficeDirectory, ReloadResult } from './officeDirectory';

/** Settings of the watcher. */
export interface OfficeFileWatcherOptions {
  /** The signal that asks for a reload. Default `SIGHUP`; `null` for none. */
  signal?: NodeJS.Signals | null;
  /** How often the file's modification time is polled. Default 2000 ms. */
  intervalMs?: number;
  /** Called after every reload attempt (for logs and tests). */
  onReload?: (result: ReloadResult) => void;
}

/**
 * Watches `data/offices.json` for the composition root. A reload that fails keeps the last good
 * data (the directory logs why); nothing here ever stops the process.
 */
export class OfficeFileWatcher {
  private readonly signal: NodeJS.Signals | null;
  private readonly intervalMs: number;
  private readonly onReload: (result: ReloadResult) => void;
  private running = false;

  constructor(
    private readonly directory: OfficeDirectory,
    private readonly path: string,
    options: OfficeFileWatcherOptions = {},
  ) {
    this.signal = options.signal === undefined ? 'SIGHUP' : options.signal;
    this.intervalMs = options.intervalMs ?? 2000;
    this.onReload = options.onReload ?? (() => undefined);
  }

  /** Starts watching; calling it twice is harmless. */
  start(): void {
    if (this.running) return;
    this.running = true;
    watchFile(this.path, { interval: this.intervalMs, persistent: false }, this.onChange);
    if (this.signal !== null) process.on(this.signal, this.reloadNow);
  }

  /** Stops watching and removes the signal handler. */
  stop(): void {
    if (!this.running) return;
    this.running = false;
    unwatchFile(this.path, this.onChange);
    if (this.signal !== null) process.off(this.signal, this.reloadNow);
  }

  /** Reloads at once and reports the result. */
  readonly reloadNow = (): ReloadResult => {
    const result = this.directory.reloadFromFile(this.path);
    this.onReload(result);
    return result;
  };

  private readonly onChange = (current: Stats, previous: Stats): void => {
    if (current.mtimeMs !== previous.mtimeMs) this.reloadNow();
  };
}
