/** Web Chat's bundle is copied by the build from a dev dependency, so production needs none of its dependency tree. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_WEBCHAT_BUNDLE, webChatBundlePath } from '../../../src/channels/web/webAssets';
import { projectRoot } from '../../../src/paths';

const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
};

describe('the Web Chat bundle', () => {
  it('comes from a pinned dev dependency, and no React is a production dependency', () => {
    expect(pkg.dependencies['botframework-webchat']).toBeUndefined();
    expect(pkg.devDependencies['botframework-webchat']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Object.keys(pkg.dependencies).filter((d) => /react/.test(d))).toEqual([]);
    expect(pkg.scripts.build).toContain('scripts/copyWebChat.mjs');
  });

  it('is copied by the build with its licences and version, and the server serves that copy', () => {
    execFileSync(process.execPath, [join(projectRoot, 'scripts', 'copyWebChat.mjs')]);
    expect(webChatBundlePath()).toBe(BUILT_WEBCHAT_BUNDLE);
    const dir = join(projectRoot, 'dist', 'webchat');
    expect(readFileSync(join(dir, 'VERSION'), 'utf8')).toContain(
      `botframework-webchat ${pkg.devDependencies['botframework-webchat'] ?? '?'}, licence MIT`,
    );
    expect(readFileSync(join(dir, 'webchat.js.LICENSE.txt'), 'utf8')).toMatch(/MIT/);
    expect(readFileSync(BUILT_WEBCHAT_BUNDLE, 'utf8').slice(0, 200)).toContain('webchat.js');
  });
});
