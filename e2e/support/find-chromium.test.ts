import { describe, expect, it } from 'vitest';
import { findChromium, LINUX_PATHS, MACOS_PATHS } from './find-chromium.ts';

/** A machine whose file system holds exactly `files`. */
const machine = (platform: NodeJS.Platform, files: string[], env: Record<string, string> = {}) => ({
  env,
  platform,
  exists: (path: string) => files.includes(path),
});

describe('findChromium', () => {
  it('uses CHROMIUM_PATH when it exists, before the usual places', () => {
    const env = { CHROMIUM_PATH: '/opt/chromium/chrome' };
    expect(findChromium(machine('linux', ['/opt/chromium/chrome', '/usr/bin/chromium'], env))).toBe(
      '/opt/chromium/chrome',
    );
  });

  it('fails when CHROMIUM_PATH names a missing file, rather than quietly using another browser', () => {
    const env = { CHROMIUM_PATH: '/nowhere/chrome' };
    expect(() => findChromium(machine('linux', ['/usr/bin/chromium'], env))).toThrow(
      'CHROMIUM_PATH is /nowhere/chrome, but there is no such file. Install it with `apt-get install -y chromium`',
    );
  });

  it('treats an empty CHROMIUM_PATH as unset', () => {
    expect(findChromium(machine('linux', ['/usr/bin/chromium'], { CHROMIUM_PATH: '' }))).toBe(
      '/usr/bin/chromium',
    );
  });

  it('finds each usual Linux path', () => {
    for (const path of ['/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/lib/chromium/chromium']) {
      expect(findChromium(machine('linux', [path]))).toBe(path);
    }
  });

  it('prefers the Linux paths in their order: Debian’s /usr/bin/chromium first', () => {
    expect(findChromium(machine('linux', [...LINUX_PATHS].reverse()))).toBe('/usr/bin/chromium');
  });

  it('finds Chrome or Chromium in /Applications on macOS', () => {
    expect(findChromium(machine('darwin', [MACOS_PATHS[1]!]))).toBe(
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    );
    expect(findChromium(machine('darwin', MACOS_PATHS))).toBe(
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    );
  });

  it('looks only at the paths of its own platform', () => {
    expect(() => findChromium(machine('darwin', ['/usr/bin/chromium']))).toThrow(/brew install/);
    expect(() => findChromium(machine('linux', MACOS_PATHS))).toThrow(/apt-get install/);
  });

  it('fails with one line naming the install command of the platform', () => {
    const linux = () => findChromium(machine('linux', []));
    expect(linux).toThrow('`apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH');
    expect(linux).toThrow('/usr/bin/chromium, /usr/bin/chromium-browser');
    expect(() => findChromium(machine('darwin', []))).toThrow('`brew install --cask chromium`');
    expect(() => findChromium(machine('win32', []))).toThrow(
      'The browser tests need Chromium, and none was found. Install Chromium and set CHROMIUM_PATH',
    );
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(() => findChromium(machine(platform, []))).toThrow(/^[^\n]+$/);
    }
  });
});
