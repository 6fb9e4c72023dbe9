// Vitest globalSetup for the `browser` project: without Chromium the run fails once, here, with the
// command that installs it, instead of every test failing on its own. Tests never skip.
import { chromiumPath } from './find-chromium.ts';

export default function setup(): void {
  chromiumPath();
}
