import fs from 'node:fs';
import path from 'node:path';

/**
 * The folder holding Trellis's package.json. The code runs from `src/` (in development and tests)
 * or from the compiled `dist/server/`, so files beside it are found from here, not from the module.
 */
export const PROJECT_ROOT = (() => {
  for (let dir = import.meta.dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No package.json above ${import.meta.dirname}`);
  }
})();

/** A path inside the project: `fromRoot('dist', 'web')`. */
export const fromRoot = (...parts: string[]) => path.join(PROJECT_ROOT, ...parts);
