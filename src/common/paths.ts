import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The repository root, whether running from src/ (tests) or dist/src/ (built). */
export const projectRoot: string = (() => {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) {
    dir = dirname(dir);
  }
  return resolve(dir);
})();

export const clientDist = join(projectRoot, 'client', 'dist');
