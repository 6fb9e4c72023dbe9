// Where the browser tests find Chromium (or Chrome): CHROMIUM_PATH, else the usual places on Linux
// and macOS. Never Playwright's own browser download. findChromium is a pure function of what it is
// given, so every case is unit-tested without a browser (find-chromium.test.ts).
import { existsSync } from 'node:fs';

export const LINUX_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/usr/lib/chromium-browser/chromium-browser',
  '/opt/google/chrome/chrome',
];

export const MACOS_PATHS = [
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export interface ChromiumLookup {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  exists: (path: string) => boolean;
}

/** The browser's executable; throws one line saying how to get one when there is none. */
export function findChromium({ env, platform, exists }: ChromiumLookup): string {
  const install = installHint(platform);
  const chosen = env.CHROMIUM_PATH;
  if (chosen) {
    // A path set on purpose that is wrong is a mistake to report, not a reason to look elsewhere.
    if (exists(chosen)) return chosen;
    throw new Error(`CHROMIUM_PATH is ${chosen}, but there is no such file. ${install}`);
  }
  const candidates = platform === 'darwin' ? MACOS_PATHS : platform === 'linux' ? LINUX_PATHS : [];
  const found = candidates.find(exists);
  if (found) return found;
  const looked = candidates.length > 0 ? ` (looked at ${candidates.join(', ')})` : '';
  throw new Error(`The browser tests need Chromium, and none was found${looked}. ${install}`);
}

const INSTALL: Partial<Record<NodeJS.Platform, string>> = {
  linux: '`apt-get install -y chromium` (Debian/Ubuntu)',
  darwin: '`brew install --cask chromium`',
};

function installHint(platform: NodeJS.Platform): string {
  const path = 'CHROMIUM_PATH to a Chromium or Chrome executable';
  const command = INSTALL[platform];
  return command ? `Install it with ${command}, or set ${path}.` : `Install Chromium and set ${path}.`;
}

/** findChromium on this machine. */
export function chromiumPath(): string {
  return findChromium({ env: process.env, platform: process.platform, exists: existsSync });
}
