// The named export: the package's CommonJS types make the default import untyped under NodeNext.
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { chromiumPath } from './find-chromium.ts';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Runs axe on the page as it is now; fails on serious or critical violations and prints them. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const describe = (v: (typeof violations)[number]) =>
    `[${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary}`).join('\n')}`;
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const minor = violations.filter((v) => !blocking.includes(v));
  if (minor.length > 0) console.warn(`axe (${label}), minor:\n${minor.map(describe).join('\n')}`);
  if (blocking.length > 0) console.error(`axe (${label}):\n${blocking.map(describe).join('\n')}`);
  expect(
    blocking.map((v) => v.id),
    `serious or critical accessibility violations on ${label}`,
  ).toEqual([]);
}

/** True when nothing on the page is wider than the window (no sideways scrolling on phones). */
export function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

/**
 * The context every journey uses: UTC (the server's clock and the account's zone agree), en-US
 * formats, a 1280×800 window, and reduced motion, without which axe may measure a toast's
 * contrast halfway through its fade-in.
 */
export function journeyContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    timezoneId: 'UTC',
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
  });
}

/** Calls the API as the page's signed-in person (its cookies, the app's origin); fails the test on an error. */
export function apiAs(page: Page, baseUrl: string) {
  return async <T>(method: 'GET' | 'POST' | 'PATCH', path: string, data?: unknown): Promise<T> => {
    const answer = await page.request.fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers: { origin: baseUrl },
      ...(data === undefined ? {} : { data }),
    });
    expect(answer.ok(), `${method} ${path}: ${answer.status()} ${await answer.text()}`).toBe(true);
    return (await answer.json()) as T;
  };
}

/** Signs a new person up through the sign-up form, and waits for the Home page it lands on. */
export async function signUpThroughForm(
  page: Page,
  baseUrl: string,
  person: { name: string; email: string; password: string },
): Promise<void> {
  await page.goto(`${baseUrl}/signup`);
  await page.getByLabel('Name').fill(person.name);
  await page.getByLabel('E-mail').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(`${baseUrl}/`);
}
