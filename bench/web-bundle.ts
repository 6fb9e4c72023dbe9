// The JavaScript a browser must download before the web app can draw its first page: the entry
// chunk index.html loads, and every chunk that one imports statically, however deep (index.html
// preloads those too). Chunks loaded with import() come later, with their page, and do not count.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { parseAst } from 'vite';

export interface InitialJavaScript {
  /** The files, relative to the build's directory, the entry chunk first. */
  files: string[];
  rawBytes: number;
  /** Each file gzipped on its own at level 9, as the build's pre-compressed `.gz` files are sent. */
  gzipBytes: number;
}

/**
 * Measures the initial JavaScript of the built web app in `distDir` (dist/web, the directory of
 * its index.html; dist, the one above it, also works), e.g. after `npm run build:web`.
 */
export async function initialJavaScript(distDir: string): Promise<InitialJavaScript> {
  const root = existsSync(path.join(distDir, 'index.html')) ? distDir : path.join(distDir, 'web');
  const html = await readFile(path.join(root, 'index.html'), 'utf8');
  const pending = [
    ...tags(html, 'script')
      .filter((a) => a.type === 'module' && a.src)
      .map((a) => a.src!),
    ...tags(html, 'link')
      .filter((a) => a.rel === 'modulepreload' && a.href)
      .map((a) => a.href!),
  ].flatMap((url) => fileOf(root, '/', url) ?? []);

  const files: string[] = [];
  let rawBytes = 0;
  let gzipBytes = 0;
  for (let file = pending.shift(); file !== undefined; file = pending.shift()) {
    if (files.includes(file)) continue;
    files.push(file);
    const code = await readFile(path.join(root, file));
    rawBytes += code.length;
    gzipBytes += gzipSync(code, { level: constants.Z_BEST_COMPRESSION }).length;
    for (const specifier of staticImports(code.toString('utf8'))) {
      const target = fileOf(root, `/${file}`, specifier);
      if (target) pending.push(target);
    }
  }
  return { files, rawBytes, gzipBytes };
}

/** The attributes of each `<name …>` tag in the page, by lower-case name. */
function tags(html: string, name: string): Record<string, string | undefined>[] {
  return [...html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'gi'))].map(([, attributes = '']) =>
    Object.fromEntries(
      [...attributes.matchAll(/([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)].map(
        ([, key = '', double, single, bare]) => [key.toLowerCase(), double ?? single ?? bare ?? ''],
      ),
    ),
  );
}

/** What a chunk imports statically: `import … from`, `import '…'` and `export … from`, never `import()`. */
function staticImports(code: string): string[] {
  return parseAst(code).body.flatMap((node) =>
    (node.type === 'ImportDeclaration' ||
      node.type === 'ExportAllDeclaration' ||
      node.type === 'ExportNamedDeclaration') &&
    node.source
      ? [String(node.source.value)]
      : [],
  );
}

/** The built file a URL names, relative to the build's root; null for another origin or a package. */
function fileOf(root: string, fromUrl: string, url: string): string | null {
  if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(url) || !/^\.{0,2}\//.test(url)) return null;
  const resolved = new URL(url, `http://build${fromUrl}`).pathname;
  const file = decodeURIComponent(resolved).replace(/^\//, '');
  return path.relative(root, path.join(root, file)).startsWith('..') ? null : file;
}
