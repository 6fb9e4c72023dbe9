import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, fitsWidth, launchChromium } from './support/browser.ts';
import { ensureWebBuilt, type RunningServer, startServer } from './support/server.ts';

// One person's journey through accounts, in order: each step starts where the previous one ended.
describe('accounts in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const person = { name: 'Ada Lovelace', email: 'ada@example.com', password: 'analytical engine 1843' };
  const url = (path: string) => `${server.baseUrl}${path}`;

  beforeAll(async () => {
    ensureWebBuilt();
    server = await startServer();
    browser = await launchChromium();
    context = await browser.newContext();
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs up the first account, which becomes the administrator', async () => {
    await page.goto(url('/signup'));
    await expect.poll(() => page.title()).toBe('Create an account · Trellis');
    await page.getByText('You are the first person here').waitFor();
    await expectAccessible(page, 'sign up');

    // A too-short password is caught next to its field and in the summary.
    await page.getByLabel('Name').fill(person.name);
    await page.getByLabel('E-mail').fill(person.email);
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    const password = page.getByLabel('Password');
    await expect.poll(() => password.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await password.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ')[0]!;
    expect(await page.locator(`[id="${errorId}"]`).textContent()).toContain(
      'Must be at least 10 characters.',
    );
    expect(await page.locator('.form-error').textContent()).toContain(
      'Password must be at least 10 characters',
    );
    await expectAccessible(page, 'sign up with errors');

    await password.fill(person.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    // A new account lands on Home; Account is one step away in the main navigation.
    await page.waitForURL(url('/'));
    await page.getByRole('heading', { level: 1, name: /, Ada$/ }).waitFor();
    await openAccount(page);
    await page.waitForURL(url('/account'));
    await page.getByRole('heading', { level: 1, name: 'Account' }).waitFor();
    await page.getByText('Administrator').waitFor();
    await expect.poll(() => page.title()).toBe('Account · Trellis');
  });

  it('signs out, refuses a wrong password, and signs back in to where the person was going', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(url('/signin'));
    await page.getByRole('status').getByText('You are signed out.').waitFor();

    await page.goto(url('/account?from=bookmark'));
    await page.waitForURL(url('/signin'));
    await expect.poll(() => page.title()).toBe('Sign in · Trellis');
    await expectAccessible(page, 'sign in');

    await page.getByLabel('E-mail').fill(person.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('The e-mail or password is not correct.').waitFor();

    await page.getByLabel('Password').fill(person.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(url('/account?from=bookmark'));
    await page.getByRole('heading', { level: 1, name: 'Account' }).waitFor();
    await expectAccessible(page, 'account');
  });

  it('creates an API token that works, and revokes it so that it no longer does', async () => {
    await page.getByLabel('Token name').fill('Laptop CLI');
    await page.getByRole('button', { name: 'Create token' }).click();
    const secret = page.getByLabel('Your new token');
    await secret.waitFor();
    await page.getByText('Copy it now; you won’t see it again.').waitFor();
    const token = await secret.inputValue();
    expect(token.length).toBeGreaterThan(20);

    const me = () => fetch(url('/api/v1/auth/me'), { headers: { authorization: `Bearer ${token}` } });
    const answer = await me();
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { user: { email: string } }).user.email).toBe(person.email);

    await page.getByRole('button', { name: 'I have copied it' }).click();
    await page.getByRole('button', { name: 'Revoke token Laptop CLI' }).click();
    const dialog = page.getByRole('dialog', { name: 'Revoke this token?' });
    await dialog.waitFor();
    await expectAccessible(page, 'account, revoke dialog');
    await dialog.getByRole('button', { name: 'Revoke token' }).click();
    await page.getByRole('status').getByText('Token “Laptop CLI” revoked.').waitFor();
    await page.getByText('No tokens yet.').waitFor();

    expect((await me()).status).toBe(401);
  });

  it('changes the name, and the header follows', async () => {
    await page.getByLabel('Name', { exact: true }).fill('Ada King');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByRole('status').getByText('Profile saved.').waitFor();
    await page.getByRole('banner').getByText('Ada King').waitFor();

    await page.reload();
    await expect.poll(() => page.getByLabel('Name', { exact: true }).inputValue()).toBe('Ada King');
  });

  it('shows a page-not-found page for unknown addresses', async () => {
    await page.goto(url('/no-such-page'));
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await expect.poll(() => page.title()).toBe('Page not found · Trellis');
    await expectAccessible(page, 'not found');
  });

  it('passes the accessibility scan in the dark theme too, and offers the browser’s time zone', async () => {
    const dark = await browser.newContext({ colorScheme: 'dark', timezoneId: 'Europe/Berlin' });
    try {
      const p = await dark.newPage();
      await p.goto(url('/signin'));
      await p.getByRole('button', { name: 'Sign in' }).click();
      await p.getByText('Some fields need attention.').waitFor();
      await expectAccessible(p, 'sign in with errors, dark');
      await p.getByLabel('E-mail').fill(person.email);
      await p.getByLabel('Password').fill(person.password);
      await p.getByRole('button', { name: 'Sign in' }).click();
      await p.getByRole('heading', { level: 1, name: /, Ada$/ }).waitFor();
      await openAccount(p);
      await p.getByRole('heading', { level: 1, name: 'Account' }).waitFor();
      await expectAccessible(p, 'account, dark');

      await p.getByRole('button', { name: 'Use this browser’s time zone (Europe/Berlin)' }).click();
      expect(await p.getByLabel('Time zone').inputValue()).toBe('Europe/Berlin');
      await p.getByRole('button', { name: 'Save profile' }).click();
      await p.getByRole('status').getByText('Profile saved.').waitFor();
      await p.getByText('Same as this browser.').waitFor();
    } finally {
      await dark.close();
    }
  });

  it('changes the password only with the right current one', async () => {
    await page.goto(url('/account'));
    await page.getByLabel('Current password').fill('a wrong guess');
    await page.getByLabel('New password').fill('difference engine 1822');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Is not your current password.').waitFor();

    await page.getByLabel('Current password').fill(person.password);
    expect(await page.getByLabel('Keep my personal API tokens working').isChecked()).toBe(false);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('status').getByText('Password changed.').waitFor();
    await page.getByRole('status').getByText('your API tokens no longer work').waitFor();
    person.password = 'difference engine 1822';
  });

  it('works on a 375-pixel phone: the menu folds, opens, and reaches Sign out', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(url('/account'));
    await page.getByRole('heading', { level: 1, name: 'Account' }).waitFor();
    expect(await fitsWidth(page)).toBe(true);

    const menu = page.getByRole('button', { name: 'Menu' });
    const signOut = page.getByRole('button', { name: 'Sign out' });
    expect(await signOut.isVisible()).toBe(false);
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Account' }).isVisible(),
    ).toBe(true);
    await expectAccessible(page, 'account on a phone, menu open');

    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    await signOut.click();
    await page.waitForURL(url('/signin'));
    expect(await fitsWidth(page)).toBe(true);
  });

  it('deletes the account after the password and a confirmation, and lands on sign-in', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByLabel('E-mail').fill(person.email);
    await page.getByLabel('Password').fill(person.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // Signing out forgets the page it happened on: sign-in lands on Home, not back on Account.
    await page.waitForURL(url('/'));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Account' }).waitFor();

    const danger = page.getByRole('region', { name: 'Delete account' });
    await danger.getByLabel('Password').fill(person.password);
    await danger.getByRole('button', { name: 'Delete account…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete your account for good?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await dialog.isVisible()).toBe(false);

    await danger.getByRole('button', { name: 'Delete account…' }).click();
    await dialog.getByRole('button', { name: 'Delete my account' }).click();
    await page.waitForURL(url('/signin'));
    await page.getByRole('status').getByText('Your account and everything in it were deleted.').waitFor();
    const answer = await fetch(url('/api/v1/auth/login'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.baseUrl },
      body: JSON.stringify({ email: person.email, password: person.password }),
    });
    expect(answer.status).toBe(401);
  });
});

/** Signing in lands on Home; the Account page is reached through the main navigation. */
function openAccount(page: Page): Promise<void> {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Account' }).click();
}
