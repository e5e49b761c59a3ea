/** Whether state storage answers, for the readiness check: a load balancer moves traffic away from an instance whose storage is failing. */
import type { Storage } from 'botbuilder';
import type { StorageErrorKind } from './storageErrors';

/** The key the readiness probe reads (it never exists; reading it proves the store answers). */
const PROBE_KEY = 'healthz/probe';

/**
 * Follows the outcome of storage calls: an outage (unavailable, or past the deadline) marks the
 * store failing, any call that succeeds marks it healthy again. While it is failing, `healthy()`
 * reads a probe key (one probe at a time), so an instance out of rotation notices by itself when
 * storage is back.
 */
export class StorageHealth {
  private failing = false;
  private probe: Promise<void> | undefined;
  private store: Storage | undefined;

  /** The store to probe (the instrumented one, so a probe's outcome is recorded like any call). */
  watch(store: Storage): void {
    this.store = store;
  }

  failed(kind: StorageErrorKind): void {
    if (kind === 'unavailable') this.failing = true;
  }

  succeeded(): void {
    this.failing = false;
  }

  /** True when storage answered last time; while failing, probes it first. */
  async healthy(): Promise<boolean> {
    if (!this.failing || this.store === undefined) return !this.failing;
    const store = this.store;
    this.probe ??= store
      .read([PROBE_KEY])
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => {
        this.probe = undefined;
      });
    await this.probe;
    return !this.failing;
  }
}
