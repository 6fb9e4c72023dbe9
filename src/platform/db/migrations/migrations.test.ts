import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from './index.ts';

describe('migrations', () => {
  const names = Object.keys(migrations);

  it('are named by timestamp and listed in the order they must run', () => {
    for (const name of names) expect(name).toMatch(/^\d{4}-\d{2}-\d{2}T\d{4}-[a-z0-9-]+$/);
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(names.length);
  });

  it('lists every migration file in the folder', () => {
    const files = fs
      .readdirSync(import.meta.dirname)
      .filter((f) => /^\d{4}-/.test(f))
      .map((f) => path.basename(f, '.ts'));
    expect(names).toEqual(files.sort());
  });
});
