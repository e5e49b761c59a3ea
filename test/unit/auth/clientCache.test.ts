import {
  AuthenticationConstants,
  ClaimsIdentity,
  type ConnectorClient,
  ConnectorFactory,
} from 'botframework-connector';
import { GuideAuthentication } from '../../../src/auth/guideAuthentication';
import { cachingConnectorFactory, ClientCache } from '../../../src/auth/clientCache';

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

describe('ClientCache', () => {
  it('makes one client per service URL and audience, and reuses it', async () => {
    const inner = new CountingFactory();
    const cache = new ClientCache<ConnectorClient>();
    const a = await cachingConnectorFactory(inner, cache).create('https://one.example/', AUDIENCE);
    const b = await cachingConnectorFactory(inner, cache).create('https://one.example/', AUDIENCE);
    const c = await cachingConnectorFactory(inner, cache).create('https://two.example/', AUDIENCE);
    const d = await cachingConnectorFactory(inner, cache).create('https://one.example/', 'other');
    expect(b).toBe(a);
    expect(c).not.toBe(a);
    expect(d).not.toBe(a);
    expect(inner.made).toBe(3);
  });

  it('does not share a client made without an audience (its scope comes from the claims)', async () => {
    const inner = new CountingFactory();
    const factory = cachingConnectorFactory(inner, new ClientCache());
    await factory.create('https://one.example/');
    await factory.create('https://one.example/');
    expect(inner.made).toBe(2);
  });

  it('stays bounded, forgetting the oldest client', async () => {
    const inner = new CountingFactory();
    const cache = new ClientCache<ConnectorClient>(3);
    const factory = cachingConnectorFactory(inner, cache);
    for (let i = 0; i < 10; i++) await factory.create(`https://s${i}.example/`, AUDIENCE);
    expect(cache.size).toBe(3);
    await factory.create('https://s9.example/', AUDIENCE);
    expect(inner.made).toBe(10);
    await factory.create('https://s0.example/', AUDIENCE);
    expect(inner.made).toBe(11);
  });

  it('does not keep a failed creation', async () => {
    const inner = new CountingFactory();
    const factory = cachingConnectorFactory(inner, new ClientCache());
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

  it('serves one UserTokenClient per bot app id', async () => {
    const auth = new GuideAuthentication({});
    const anonymous = new ClaimsIdentity([], true);
    const bot = (id: string) =>
      new ClaimsIdentity([{ type: AuthenticationConstants.AudienceClaim, value: id }], true);
    const first = await auth.createUserTokenClient(anonymous);
    expect(await auth.createUserTokenClient(new ClaimsIdentity([], true))).toBe(first);
    const a = await auth.createUserTokenClient(bot('app-a'));
    expect(a).not.toBe(first);
    expect(await auth.createUserTokenClient(bot('app-a'))).toBe(a);
    expect(await auth.createUserTokenClient(bot('app-b'))).not.toBe(a);
    expect(auth.userTokenClients.size).toBe(3);
  });
});
