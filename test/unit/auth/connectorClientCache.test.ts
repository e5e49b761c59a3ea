import { ClaimsIdentity, type ConnectorClient, ConnectorFactory } from 'botframework-connector';
import { GuideAuthentication } from '../../../src/auth/guideAuthentication';
import { ConnectorClientCache } from '../../../src/auth/connectorClientCache';

const AUDIENCE = 'https://api.botframework.com';

/** A factory that counts what it makes. */
class CountingFactory extends ConnectorFactory {
  made = 0;
  fail = false;
  create(): Promise<ConnectorClient> {
    this.made += 1;
    if (this.fail) return Promise.reject(new Error('no credentials'));
    return Promise.resolve({ id: this.made } as unknown as ConnectorClient);
  }
}

describe('ConnectorClientCache', () => {
  it('makes one client per service URL and audience, and reuses it', async () => {
    const inner = new CountingFactory();
    const cache = new ConnectorClientCache();
    const a = await cache.wrap(inner).create('https://one.example/', AUDIENCE);
    const b = await cache.wrap(inner).create('https://one.example/', AUDIENCE);
    const c = await cache.wrap(inner).create('https://two.example/', AUDIENCE);
    const d = await cache.wrap(inner).create('https://one.example/', 'other-bot');
    expect(b).toBe(a);
    expect(c).not.toBe(a);
    expect(d).not.toBe(a);
    expect(inner.made).toBe(3);
  });

  it('does not share a client made without an audience (its scope comes from the claims)', async () => {
    const inner = new CountingFactory();
    const factory = new ConnectorClientCache().wrap(inner);
    await factory.create('https://one.example/');
    await factory.create('https://one.example/');
    expect(inner.made).toBe(2);
  });

  it('stays bounded, forgetting the oldest client', async () => {
    const inner = new CountingFactory();
    const cache = new ConnectorClientCache(3);
    const factory = cache.wrap(inner);
    for (let i = 0; i < 10; i++) await factory.create(`https://s${i}.example/`, AUDIENCE);
    expect(cache.size).toBe(3);
    await factory.create('https://s9.example/', AUDIENCE);
    expect(inner.made).toBe(10);
    await factory.create('https://s0.example/', AUDIENCE);
    expect(inner.made).toBe(11);
  });

  it('does not keep a failed creation', async () => {
    const inner = new CountingFactory();
    const factory = new ConnectorClientCache().wrap(inner);
    inner.fail = true;
    await expect(factory.create('https://one.example/', AUDIENCE)).rejects.toThrow();
    inner.fail = false;
    await expect(factory.create('https://one.example/', AUDIENCE)).resolves.toBeDefined();
    expect(inner.made).toBe(2);
  });

  it('serves the real SDK factory of GuideAuthentication: one ConnectorClient for many turns', async () => {
    const auth = new GuideAuthentication({});
    const claims = new ClaimsIdentity([], true);
    const first = await auth
      .createConnectorFactory(claims)
      .create('https://one.example/', AUDIENCE);
    const again = await auth
      .createConnectorFactory(claims)
      .create('https://one.example/', AUDIENCE);
    expect(again).toBe(first);
    expect(auth.connectorClients.size).toBe(1);
  });
});
