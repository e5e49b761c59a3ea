/** Counts the turns in flight so a stopping server lets them end (the SIGTERM drain), bounded. */
import type { Middleware, TurnContext } from 'botbuilder';

/** What a drain found and did: counts only, nothing of the conversations. */
export interface DrainResult {
  /** Turns running when the drain began. */
  inFlight: number;
  /** Of those, turns that ended (their state saved) within the bound. */
  drained: number;
  /** Turns still running at the bound: they are cut, and their changes are not saved. */
  cut: number;
  /** How long the drain waited. */
  ms: number;
}

/**
 * The first middleware of every adapter (Bot Framework and the local Direct Line): a turn is in
 * flight from its start until the bot has saved its state and sent its replies. Once `drain` is
 * called the server refuses new requests (see `createServer`), and `drain` resolves when the last
 * turn ends or the bound passes, whichever comes first.
 */
export class TurnDrain implements Middleware {
  private running = 0;
  private stopping = false;
  private readonly waiting: (() => void)[] = [];

  /** Turns running now. */
  get inFlight(): number {
    return this.running;
  }

  /** True once a drain has begun: new requests are refused. */
  get draining(): boolean {
    return this.stopping;
  }

  async onTurn(_context: TurnContext, next: () => Promise<void>): Promise<void> {
    this.running += 1;
    try {
      await next();
    } finally {
      this.running -= 1;
      if (this.running === 0) for (const wake of this.waiting.splice(0)) wake();
    }
  }

  /** Stops taking new work and waits up to `boundMs` for the turns in flight to end. */
  async drain(boundMs: number): Promise<DrainResult> {
    this.stopping = true;
    const started = Date.now();
    const inFlight = this.running;
    if (inFlight > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, boundMs);
        this.waiting.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    const cut = Math.min(this.running, inFlight);
    return { inFlight, drained: inFlight - cut, cut, ms: Date.now() - started };
  }
}
