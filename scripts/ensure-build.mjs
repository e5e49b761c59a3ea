// Runs before `npm start`: builds when dist/ is missing or older than any source file.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const entry = join(root, 'dist/src/index.js');
const webChat = join(root, 'dist/webchat/webchat.js');

function newest(dir) {
  let latest = 0;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, name.name);
    latest = Math.max(latest, name.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const sources = [
  'src',
  'dialogs',
  'bench',
  'tsconfig.json',
  'tsconfig.build.json',
  'package.json',
].map((p) => join(root, p));
const newestSource = Math.max(
  ...sources.map((p) => (statSync(p).isDirectory() ? newest(p) : statSync(p).mtimeMs)),
);
if (!existsSync(entry) || !existsSync(webChat) || statSync(entry).mtimeMs < newestSource) {
  console.log('Building (dist/ is missing or older than the sources)…');
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}
