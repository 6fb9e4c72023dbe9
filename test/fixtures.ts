// The real files made by real tools that importers are tested against: `../shared/fixtures`
// beside the project (read-only there), or wherever TRELLIS_FIXTURES points.
import fs from 'node:fs';
import path from 'node:path';
import { fromRoot } from '../src/paths.ts';

const ROOT = process.env.TRELLIS_FIXTURES ?? fromRoot('..', 'shared', 'fixtures');

/** A path in the fixtures: `fixture('onet', 'SOURCE.txt')`; throws, saying where it looked, when they are missing. */
export function fixture(...parts: string[]): string {
  if (!fs.existsSync(ROOT)) {
    throw new Error(
      `The shared fixtures are not at ${ROOT}: put them beside the project or set TRELLIS_FIXTURES.`,
    );
  }
  return path.join(ROOT, ...parts);
}
