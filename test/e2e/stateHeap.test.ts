/** The worst state people can leave fits under the heap cap of `npm start` (issue 16, item 3). */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/** The heap cap `npm start` gives node, read from package.json so the two cannot drift apart. */
function startHeapCapMb(): number {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  const cap = /--max-old-space-size=(\d+)/.exec(pkg.scripts.start)?.[1];
  if (cap === undefined) throw new Error('npm start sets no --max-old-space-size');
  return Number(cap);
}

describe('state under the heap cap', () => {
  beforeAll(() => {
    // The child runs the built bot, as production does (a TypeScript loader would add its own heap).
    execFileSync(process.execPath, [join(root, 'scripts', 'ensure-build.mjs')], { stdio: 'pipe' });
  }, 300_000);

  it('both in-process stores filled past their limits with 2,000-character spans stay under the cap', () => {
    const cap = startHeapCapMb();
    const child = spawnSync(
      process.execPath,
      [
        `--max-old-space-size=${cap}`,
        '--expose-gc',
        join(__dirname, '..', 'helpers', 'stateHeapChild.js'),
      ],
      { encoding: 'utf8', timeout: 240_000 },
    );
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    const result = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as {
      heapUsedMb: number;
      conversations: number;
      conversationMb: number;
      written: number;
    };
    console.log(`state heap, worst case: ${JSON.stringify(result)} (cap ${cap} MB)`);
    expect(result.conversations).toBeGreaterThan(0);
    expect(result.conversations).toBeLessThan(result.written);
    // Room is left for the turns in flight.
    expect(result.heapUsedMb).toBeLessThan(cap - 25);
  }, 300_000);
});
