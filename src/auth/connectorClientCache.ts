/** ConnectorClients kept per service URL and audience, instead of a new client pipeline every turn. */
import { ConnectorFactory, type ConnectorClient } from 'botframework-connector';

/**
 * The SDK builds a new ConnectorClient (credentials, an HTTP pipeline of a dozen policies) for
 * every incoming activity, even when the reply goes back in the HTTP response. A client holds no
 * per-turn state and its credentials cache their own token, so one client per service URL and
 * audience serves every turn. The cache is bounded: service URLs come from requests.
 */
export class ConnectorClientCache {
  private readonly clients = new Map<string, Promise<ConnectorClient>>();

  constructor(readonly maxClients = 64) {}

  /** A factory that asks `inner` only for a service URL and audience not seen before. */
  wrap(inner: ConnectorFactory): ConnectorFactory {
    return new CachingConnectorFactory(inner, this);
  }

  /** The cached client, or one made by `make`; a failed creation is not kept. */
  get(key: string, make: () => Promise<ConnectorClient>): Promise<ConnectorClient> {
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

class CachingConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly cache: ConnectorClientCache,
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
