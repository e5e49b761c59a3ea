import { ConfigError, loadConfig } from '../../../src/config';

describe('loadConfig', () => {
  it('runs in local mode on port 3978 with no settings at all', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3978);
    expect(config.localMode).toBe(true);
    expect(config.auth.MicrosoftAppId).toBeUndefined();
    expect(config.state.conversationTtlSeconds).toBe(3600);
    expect(config.offices).toEqual({
      staleAfterMonths: 24,
      farKm: 50,
      oldAfterYears: 5,
      gapPopulation: 15000,
      gapKm: 10,
    });
  });

  it('drains turns for 25 s on SIGTERM by default; SHUTDOWN_DRAIN_MS sets it, within bounds', () => {
    expect(loadConfig({}).shutdownDrainMs).toBe(25_000);
    expect(loadConfig({ SHUTDOWN_DRAIN_MS: '0' }).shutdownDrainMs).toBe(0);
    expect(() => loadConfig({ SHUTDOWN_DRAIN_MS: '-1' })).toThrow(/SHUTDOWN_DRAIN_MS/);
    expect(() => loadConfig({ SHUTDOWN_DRAIN_MS: 'soon' })).toThrow(/SHUTDOWN_DRAIN_MS/);
  });

  it('leaves local mode when an app id and password are given', () => {
    const config = loadConfig({ MicrosoftAppId: 'abc', MicrosoftAppPassword: 'secret' });
    expect(config.localMode).toBe(false);
    expect(config.auth).toMatchObject({ MicrosoftAppId: 'abc', MicrosoftAppType: 'MultiTenant' });
  });

  it('accepts a managed identity without a password', () => {
    expect(
      loadConfig({ MicrosoftAppId: 'abc', MicrosoftAppType: 'UserAssignedMSI' }).localMode,
    ).toBe(false);
  });

  it.each(['Production', 'PRODUCTION', ' production '])(
    'refuses unauthenticated local mode when NODE_ENV is %j (any case)',
    (nodeEnv) => {
      expect(() => loadConfig({ NODE_ENV: nodeEnv })).toThrow(/ALLOW_LOCAL_MODE_IN_PRODUCTION/);
      expect(
        loadConfig({ NODE_ENV: nodeEnv, ALLOW_LOCAL_MODE_IN_PRODUCTION: 'true' }).production,
      ).toBe(true);
    },
  );

  it('treats empty values as unset', () => {
    expect(loadConfig({ MicrosoftAppId: '', MicrosoftAppPassword: ' ' }).localMode).toBe(true);
  });

  it('reports every bad value at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', CONVERSATION_TTL_MINUTES: '0', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/PORT/);
    expect(problems).toMatch(/CONVERSATION_TTL_MINUTES/);
    expect(problems).toMatch(/LOG_LEVEL/);
  });

  it('requires the password and tenant that go with an app id', () => {
    expect(() => loadConfig({ MicrosoftAppId: 'abc', MicrosoftAppType: 'SingleTenant' })).toThrow(
      /MicrosoftAppPassword[\s\S]*MicrosoftAppTenantId/,
    );
    expect(() => loadConfig({ MicrosoftAppPassword: 'secret' })).toThrow(/MicrosoftAppId/);
  });
});
