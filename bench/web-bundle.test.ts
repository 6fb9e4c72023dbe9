import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { initialJavaScript } from './web-bundle.ts';

// fixtures/web-bundle/web is a built app in miniature. index.html loads assets/entry.js and
// preloads assets/vendor.js; entry.js imports vendor.js and polyfill.js, and lazy.js only with
// import(); vendor.js re-exports shared.js. Sizes in bytes, each line with its newline: entry
// 33 + 24 + 1 + 48 + 14 = 120, vendor 29 + 20 = 49, polyfill 25, shared 20 (lazy.js and the
// stylesheet do not count).
const fixture = path.join(import.meta.dirname, 'fixtures', 'web-bundle', 'web');
const initial = ['assets/entry.js', 'assets/vendor.js', 'assets/polyfill.js', 'assets/shared.js'];

describe('initialJavaScript', () => {
  it('counts the entry chunk and everything it imports statically, once each, not what loads later', async () => {
    const measured = await initialJavaScript(fixture);
    // The entry first, then in the order they are found: its imports, then vendor's re-export.
    expect(measured.files).toEqual(initial);
    expect(measured.rawBytes).toBe(214); // 120 + 49 + 25 + 20
  });

  it('gzips each file on its own, as the server sends it', async () => {
    const gzipped = initial.map(
      (file) => gzipSync(readFileSync(path.join(fixture, file)), { level: 9 }).length,
    );
    expect((await initialJavaScript(fixture)).gzipBytes).toBe(gzipped.reduce((a, b) => a + b, 0));
  });

  it('takes the dist directory above the web build as well', async () => {
    expect((await initialJavaScript(path.dirname(fixture))).files).toEqual(initial);
  });

  it('follows absolute asset paths and chunks in other folders, and skips other origins', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'web-bundle-'));
    try {
      await writeFile(
        path.join(dir, 'index.html'),
        '<script type=module src="/main.js"></script><script src="https://cdn.example/x.js" type="module"></script>',
      );
      await writeFile(path.join(dir, 'main.js'), 'import "/lib/a.js";'); // 19 bytes
      await mkdir(path.join(dir, 'lib'));
      await writeFile(path.join(dir, 'lib', 'a.js'), 'export{b}from"./b.js";'); // 22 bytes
      await writeFile(path.join(dir, 'lib', 'b.js'), 'export const b=1;'); // 17 bytes
      const measured = await initialJavaScript(dir);
      expect(measured.files).toEqual(['main.js', 'lib/a.js', 'lib/b.js']);
      expect(measured.rawBytes).toBe(58); // 19 + 22 + 17
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
