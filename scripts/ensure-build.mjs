// Runs before `npm start`: builds when dist/ is missing or older than any source file.
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

const sources = ['src', 'dialogs', 'tsconfig.json', 'tsconfig.build.json', 'package.json'].map(
  (p) => join(root, p),
);
const newestSource = Math.max(
  ...sources.map((p) => (statSync(p).isDirectory() ? newest(p) : statSync(p).mtimeMs)),
);
const stale = () =>
  !existsSync(entry) || !existsSync(webChat) || statSync(entry).mtimeMs < newestSource;

// One build at a time: test suites that start the built bot may call this at once (jest runs
// them in parallel), and a bot started while another build rewrites dist/ could read half a file.
const lock = join(
  tmpdir(),
  `ensure-build-${createHash('sha1').update(root).digest('hex').slice(0, 12)}`,
);
const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
for (;;) {
  try {
    mkdirSync(lock);
    break;
  } catch (err) {
    if (err.code !== 'EEXIST') throw err;
    // A build that died left its lock: older than ten minutes is not a build any more.
    if (Date.now() - statSync(lock, { throwIfNoEntry: false })?.mtimeMs > 600_000) {
      rmSync(lock, { recursive: true, force: true });
    }
    sleep(200);
  }
}
try {
  if (stale()) {
    console.log('Building (dist/ is missing or older than the sources)…');
    execSync('npm run build', { cwd: root, stdio: 'inherit' });
  }
} finally {
  rmSync(lock, { recursive: true, force: true });
}
