/** Where the project's own files (data/, locales/, web/) are, whether run from src/ or dist/. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

function findProjectRoot(start: string): string {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'locales'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`project root not found above ${start}`);
    dir = parent;
  }
}

/** The folder that holds package.json, data/ and locales/. */
export const projectRoot = findProjectRoot(__dirname);
export const dataDir = join(projectRoot, 'data');
export const localesDir = join(projectRoot, 'locales');
export const webDir = join(projectRoot, 'web');
