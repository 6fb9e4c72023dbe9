// The initial JavaScript of the web app, from the built files (a figure, not a timing).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { figure, section } from './measure.ts';
import { initialJavaScript } from './web-bundle.ts';

export async function webBench(): Promise<void> {
  section('The web app’s initial JavaScript (built, gzip)');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  const js = await initialJavaScript(path.resolve(import.meta.dirname, '../dist/web'));
  console.log(`  ${js.files.join(', ')}: ${(js.rawBytes / 1024).toFixed(0)} KiB raw`);
  figure('home page, gzip', js.gzipBytes / 1024, 'KiB', 120);
}
