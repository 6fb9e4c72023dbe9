import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allMigrations, features } from './features.ts';

describe('migrations', () => {
  const names = Object.keys(allMigrations());

  it('are named by timestamp, unique across features, and run in name order', () => {
    for (const name of names) expect(name).toMatch(/^\d{4}-\d{2}-\d{2}T\d{4}-[a-z0-9-]+$/);
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(features.map((f) => [f.name, f] as const))(
    'of %s list every file in its migrations folder',
    (name, feature) => {
      // A feature without tables (reports, exports) has no migrations folder.
      const folder = path.join(import.meta.dirname, name, 'migrations');
      const files = (fs.existsSync(folder) ? fs.readdirSync(folder) : [])
        .filter((f) => /^\d{4}-/.test(f))
        .map((f) => path.basename(f, '.ts'));
      expect(Object.keys(feature.migrations).sort()).toEqual(files.sort());
    },
  );

  it('refuses two migrations of the same name', () => {
    const twin = {
      name: 'twin',
      tables: {},
      migrations: { '2026-11-26T1600-accounts': { up: async () => {} } },
      routes() {},
    };
    expect(() => allMigrations([...features, twin])).toThrow(
      'Two migrations are named 2026-11-26T1600-accounts.',
    );
  });
});
