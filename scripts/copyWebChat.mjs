// Part of `npm run build`: copies Web Chat's self-contained bundle (it carries its own React) from the
// botframework-webchat dev dependency to dist/webchat/, with its licences and version, so a
// production install needs none of Web Chat's dependency tree.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(join(root, 'package.json'));
// The package's main file is lib/index.js; the package is the folder above.
const pkgDir = dirname(dirname(require.resolve('botframework-webchat')));
const { version, license, homepage } = JSON.parse(
  readFileSync(join(pkgDir, 'package.json'), 'utf8'),
);
const out = join(root, 'dist', 'webchat');
mkdirSync(out, { recursive: true });
copyFileSync(join(pkgDir, 'dist', 'webchat.js'), join(out, 'webchat.js'));
// The licences of the code bundled in webchat.js; Web Chat's own (the package has no file) by name.
copyFileSync(join(pkgDir, 'dist', 'webchat.js.LICENSE.txt'), join(out, 'webchat.js.LICENSE.txt'));
writeFileSync(
  join(out, 'VERSION'),
  `botframework-webchat ${version}, licence ${license} (Copyright (c) Microsoft Corporation), ${homepage}\n`,
);
