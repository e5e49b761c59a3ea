/** Bot Framework clients kept across turns, instead of a new client pipeline on every turn. */
import { ConnectorFactory, type ConnectorClient } from 'botframework-connector';

/**
 * For every incoming activity the SDK builds a new ConnectorClient and a new UserTokenClient,
 * each with its credentials and an HTTP pipeline of a dozen policies, even when the reply goes
 * back in the HTTP response and no user token is ever asked for. A client holds no per-turn state
 * and its credentials cache their own token, so one client per key serves every turn. The cache
 * is bounded (service URLs come from requests); a creation that fails is not kept.
 */
export class ClientCache<T> {
  private readonly clients = new Map<string, Promise<T>>();

  constructor(readonly maxClients = 64) {}

  /** The cached client for `key`, or one made by `make`. */
  get(key: string, make: () => Promise<T>): Promise<T> {
    const cached = this.clients.get(key);
    if (cached !== undefined) return cached;
    if (this.clients.size >= this.maxClients) {
      const oldest = this.clients.keys().next().value;
      if (oldest !== undefined) this.clients.delete(oldest);
    }
    const made = make();
    this.clients.set(key, made);
    made.catch(() => {
      if (this.clients.get(key) === made) this.clients.delete(key);
    });
    return made;
  }

  get size(): number {
    return this.clients.size;
  }
}

/** A ConnectorFactory that asks `inner` only for a service URL and audience not seen before. */
export function cachingConnectorFactory(
  inner: ConnectorFactory,
  cache: ClientCache<ConnectorClient>,
): ConnectorFactory {
  return new CachingConnectorFactory(inner, cache);
}

class CachingConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly cache: ClientCache<ConnectorClient>,
  ) {
    super();
  }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    // Without an audience the scope comes from the caller's claims (skills): not shared.
    if (audience === undefined) return this.inner.create(serviceUrl, audience);
    return this.cache.get(`${serviceUrl}\n${audience}`, () =>
      this.inner.create(serviceUrl, audience),
    );
  }
}
