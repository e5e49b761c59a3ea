// The Azure template (deploy/main.bicep), checked without the Bicep CLI: the resources the issue
// asks for are there, and every app setting it sets is one src/config.ts reads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SETTING_NAMES, loadConfig } from '../../../src/config';

const bicep = readFileSync(join(__dirname, '..', '..', '..', 'deploy', 'main.bicep'), 'utf8');
const code = bicep
  .split('\n')
  .filter((line) => !line.trim().startsWith('//'))
  .join('\n');

/** `resource symbol 'Type@version'` declarations. */
const resources = [...code.matchAll(/^resource (\w+) '([^'@]+)@([\w-]+)'/gm)].map((m) => ({
  symbol: m[1]!,
  type: m[2]!,
  version: m[3]!,
}));

/** The app settings block of the App Service, as name → value expression. */
function appSettings(): Map<string, string> {
  const start = code.indexOf('appSettings: [');
  expect(start).toBeGreaterThan(0);
  let depth = 0;
  let end = start;
  for (let i = code.indexOf('[', start); i < code.length; i++) {
    if (code[i] === '[') depth++;
    if (code[i] === ']') depth--;
    if (depth === 0) {
      end = i;
      break;
    }
  }
  const block = code.slice(start, end);
  const settings = new Map<string, string>();
  for (const m of block.matchAll(/name: '([^']+)'[,\s]+value: (.+)$/gm)) {
    settings.set(m[1]!, m[2]!.replace(/\s*\}$/, '').trim());
  }
  return settings;
}

/** App Service's own settings, not the bot's. */
const PLATFORM = /^(SCM_|WEBSITE_|WEBSITES_)/;

describe('deploy/main.bicep', () => {
  it('has balanced brackets and quotes on every line', () => {
    for (const [open, close] of [
      ['{', '}'],
      ['[', ']'],
      ['(', ')'],
    ]) {
      expect(code.split(open!).length).toBe(code.split(close!).length);
    }
    for (const line of code.split('\n')) {
      const unescaped = line.replace(/\\'/g, '');
      expect(unescaped.split("'").length % 2).toBe(1);
    }
  });

  it.each([
    'Microsoft.BotService/botServices',
    'Microsoft.BotService/botServices/channels',
    'Microsoft.Web/serverfarms',
    'Microsoft.Web/sites',
    'Microsoft.Storage/storageAccounts',
    'Microsoft.Storage/storageAccounts/blobServices/containers',
    'Microsoft.Storage/storageAccounts/managementPolicies',
    'Microsoft.ManagedIdentity/userAssignedIdentities',
    'Microsoft.CognitiveServices/accounts',
  ])('declares a %s', (type) => {
    const found = resources.filter((r) => r.type === type);
    expect(found.length).toBeGreaterThan(0);
    for (const r of found) expect(r.version).toMatch(/^\d{4}-\d{2}-\d{2}(-preview)?$/);
  });

  it('enables the Direct Line, Direct Line Speech and telephony channels', () => {
    const names = [...code.matchAll(/channelName: '(\w+)'/g)].map((m) => m[1]);
    expect(names).toEqual(
      expect.arrayContaining(['DirectLineChannel', 'DirectLineSpeechChannel', 'TelephonyChannel']),
    );
  });

  it('runs Node 20 on Linux, several instances, with the health route the server has', () => {
    expect(code).toMatch(/linuxFxVersion: 'NODE\|20-lts'/);
    expect(code).toMatch(/reserved: true/);
    expect(code).toMatch(/kind: 'app,linux'/);
    expect(code).toMatch(/param instanceCount int = [2-9]/);
    expect(code).toMatch(/healthCheckPath: '\/healthz'/);
    expect(code).toMatch(
      /endpoint: 'https:\/\/\$\{app\.properties\.defaultHostName\}\/api\/messages'/,
    );
  });

  it('sets only settings src/config.ts knows (or App Service\u2019s own)', () => {
    const unknown = [...appSettings().keys()].filter(
      (name) => !SETTING_NAMES.includes(name) && !PLATFORM.test(name),
    );
    expect(unknown).toEqual([]);
  });

  it('configures production: credentials, shared blob state, behind a proxy', () => {
    const settings = appSettings();
    expect(settings.get('NODE_ENV')).toBe("'production'");
    expect(settings.get('MicrosoftAppType')).toBe("'UserAssignedMSI'");
    expect(settings.get('MicrosoftAppId')).toMatch(/identity\.properties\.clientId/);
    expect(settings.get('STORAGE')).toBe("'blob'");
    expect(settings.get('BLOB_CONNECTION_STRING')).toMatch(/listKeys/);
    expect(settings.get('TRUST_PROXY')).toBe("'true'");
  });

  it('gives literal values that src/config.ts accepts', () => {
    const env: NodeJS.ProcessEnv = {};
    for (const [name, value] of appSettings()) {
      const literal = /^'([^'$]*)'$/.exec(value);
      if (literal && !PLATFORM.test(name)) env[name] = literal[1];
    }
    // What the template fills in at deployment time, with stand-ins of the right shape.
    Object.assign(env, {
      MicrosoftAppId: '00000000-0000-0000-0000-000000000000',
      MicrosoftAppTenantId: '00000000-0000-0000-0000-000000000001',
      BLOB_CONNECTION_STRING: 'DefaultEndpointsProtocol=https;AccountName=x;AccountKey=eA==',
      BLOB_CONTAINER: 'bot-state',
    });
    const config = loadConfig(env);
    expect(config).toMatchObject({ production: true, localMode: false, storage: { kind: 'blob' } });
  });

  it('keeps secrets out of the template', () => {
    expect(code).not.toMatch(/AccountKey=[A-Za-z0-9+/]{20,}/);
    for (const m of code.matchAll(/param (\w*(?:[Tt]oken|[Ss]ecret|[Pp]assword|[Kk]ey)\w*) /g)) {
      const before = code.slice(0, m.index);
      expect(before.trimEnd().split('\n').slice(-1)[0]).toBe('@secure()');
    }
  });
});
