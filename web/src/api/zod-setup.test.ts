// How the web loads zod: never with the first download, and always after zod-setup.ts, whose
// settings (no eval under the app's Content-Security-Policy, the API's messages) must be in place
// before any schema is built. Read from the sources' import declarations.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';

const webSrc = path.resolve(import.meta.dirname, '..');
const shared = path.resolve(webSrc, '../../shared');
const setup = path.join(webSrc, 'api', 'zod-setup.ts');

type Declaration = Extract<
  ReturnType<typeof parseAst>['body'][number],
  { type: 'ImportDeclaration' | 'ExportNamedDeclaration' | 'ExportAllDeclaration' }
>;

/** What a module imports at run time: `zod`, a source file, or nothing worth following. */
function runtimeImports(file: string): string[] {
  const lang = file.endsWith('.tsx') ? 'tsx' : 'ts';
  const { body } = parseAst(readFileSync(file, 'utf8'), { lang });
  const targets: string[] = [];
  for (const node of body) {
    if (
      node.type !== 'ImportDeclaration' &&
      node.type !== 'ExportNamedDeclaration' &&
      node.type !== 'ExportAllDeclaration'
    )
      continue;
    if (!node.source || typesOnly(node)) continue;
    const target = resolve(file, String(node.source.value));
    if (target) targets.push(target);
  }
  return targets;
}

/** `import type …`, `import { type A, type B } …`, `export type … from`: erased, never loaded. */
function typesOnly(node: Declaration): boolean {
  if (node.type === 'ExportAllDeclaration') return node.exportKind === 'type';
  if (node.type === 'ExportNamedDeclaration')
    return (
      node.exportKind === 'type' ||
      (node.specifiers.length > 0 && node.specifiers.every((s) => s.exportKind === 'type'))
    );
  return (
    node.importKind === 'type' ||
    (node.specifiers.length > 0 &&
      node.specifiers.every((s) => s.type === 'ImportSpecifier' && s.importKind === 'type'))
  );
}

function resolve(from: string, specifier: string): string | null {
  if (specifier === 'zod') return 'zod';
  if (specifier.startsWith('@shared/')) return path.join(shared, specifier.slice('@shared/'.length));
  if (specifier.startsWith('.') && /\.tsx?$/.test(specifier))
    return path.resolve(path.dirname(from), specifier);
  return null; // packages other than zod, stylesheets
}

const zodLoading = new Map<string, boolean>();
/** True when loading the module loads zod, itself or through what it imports. */
function loadsZod(target: string): boolean {
  if (target === 'zod') return true;
  const known = zodLoading.get(target);
  if (known !== undefined) return known;
  zodLoading.set(target, false); // a cycle adds nothing
  const answer = runtimeImports(target).some(loadsZod);
  zodLoading.set(target, answer);
  return answer;
}

function webModules(dir = webSrc): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return webModules(file);
    return /\.tsx?$/.test(entry.name) && !/\.(test|d)\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

describe('zod in the web app', () => {
  it('is set up before any schema is built: a module that loads it itself imports zod-setup.ts first', () => {
    const unprepared = webModules()
      .filter((file) => file !== setup)
      .filter((file) => {
        const imports = runtimeImports(file);
        // Through another web module is fine: that module answers for itself.
        const direct = imports.filter((t) => t === 'zod' || t.startsWith(shared));
        return direct.some(loadsZod) && imports[0] !== setup;
      })
      .map((file) => path.relative(webSrc, file));
    expect(unprepared).toEqual([]);
  });

  it('is not part of the first download: nothing main.tsx imports statically loads it', () => {
    const seen = new Set<string>();
    const chains: string[] = [];
    const visit = (file: string, chain: string[]) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const target of runtimeImports(file)) {
        const here = [...chain, path.relative(webSrc, target)];
        if (target === 'zod') chains.push(here.join(' → '));
        else visit(target, here);
      }
    };
    visit(path.join(webSrc, 'main.tsx'), ['main.tsx']);
    expect(chains).toEqual([]);
    // The walk did reach the app: the shell and the Home page come with the first download.
    expect(seen).toContain(path.join(webSrc, 'features', 'home', 'pages', 'HomePage.tsx'));
  });

  it('comes with the pages that check forms', () => {
    for (const page of ['features/accounts/pages/SignInPage.tsx', 'features/goals/pages/GoalFormPage.tsx']) {
      expect(loadsZod(path.join(webSrc, page)), page).toBe(true);
    }
  });
});
