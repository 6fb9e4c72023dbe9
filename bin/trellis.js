#!/usr/bin/env node
// The `trellis` command. It runs the compiled CLI in dist/server (built by `npm run build:server`,
// which `npm install`, `npm start` and the test setup run); in a checkout not built yet, the
// TypeScript sources through tsx.
import { existsSync } from 'node:fs';

const compiled = new URL('../dist/server/trellis.js', import.meta.url);
if (existsSync(compiled)) {
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
