import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiAs,
  expectAccessible,
  journeyContext,
  launchChromium,
  signUpThroughForm,
} from './support/browser.ts';
import { ensureWebBuilt, type RunningServer, startServer } from './support/server.ts';

// Your data (issue 12) in the browser: from the Account page to the data page; the goals file
// downloaded and read back as CSV; the résumé downloaded; a calendar feed made, its address shown
// once and read as iCalendar, replaced (the old address stops) and stopped; the weekly digest
// turned off and on; everything downloaded as one file and imported again. The server runs on the
// real clock, so dates derive from today (UTC, the browser's zone and so the account's).

const DAY_MS = 86_400_000;
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const today = isoOf(Date.now());
const shift = (date: string, days: number) => isoOf(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS);

// A goal due in 40 days, with a comma and quotes in its title that the CSV must keep.
const GOAL = {
  title: 'Give the "Rust at work" talk, twice',
  start: shift(today, -20),
  due: shift(today, 40),
};

describe('your data in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const url = (path: string) => `${server.baseUrl}${path}`;
  let feedUrl = '';

  beforeAll(async () => {
    ensureWebBuilt();
    // Mail on (to a port nothing listens on: this journey sends nothing), so the digest can be chosen.
    server = await startServer({
      SMTP_URL: 'smtp://127.0.0.1:9',
      TRELLIS_MAIL_FROM: 'Trellis <trellis@example.com>',
    });
    browser = await launchChromium();
    context = await journeyContext(browser);
    page = await context.newPage();
    await signUpThroughForm(page, server.baseUrl, {
      name: 'Grace Hopper',
      email: 'grace@example.com',
      password: 'a long enough password',
    });
    await apiAs(page, server.baseUrl)('POST', '/goals', {
      title: GOAL.title,
      startDate: GOAL.start,
      dueDate: GOAL.due,
      metric: { unit: 'talks', baseline: 0, target: 2, aggregation: 'sum' },
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Clicks a link that downloads a file, and answers the file's name and text. */
  async function download(name: string): Promise<{ file: string; text: string }> {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name }).click(),
    ]);
    return { file: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
  }

  it('opens Your data from the Account page', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Account' }).click();
    await page.getByRole('link', { name: 'Your data and calendar feed' }).click();
    await page.waitForURL(url('/account/data'));
    await page.getByRole('heading', { level: 1, name: 'Your data' }).waitFor();
    await page.getByText('You have no calendar feed.').waitFor();
    await expectAccessible(page, 'your data');
  });

  it('downloads the goals as CSV, the title kept whole', async () => {
    const { file, text } = await download('Goals (CSV)');
    expect(file).toBe(`trellis-goals-${today}.csv`);
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ title: GOAL.title });
    expect(Object.values(rows[0]!)).toContain(GOAL.due);
  });

  it('downloads the résumé as JSON Resume with the name and e-mail', async () => {
    const { file, text } = await download('Résumé (JSON Resume)');
    expect(file).toBe('trellis-resume.json');
    const resume = JSON.parse(text) as { basics: { name: string; email: string } };
    expect(resume.basics).toMatchObject({ name: 'Grace Hopper', email: 'grace@example.com' });
  });

  it('makes a calendar feed, shows its address once, and the address answers the goal’s due date', async () => {
    await page.getByRole('button', { name: 'Make a calendar feed' }).click();
    await page.getByRole('heading', { level: 3, name: 'Your calendar feed is ready' }).waitFor();
    feedUrl = await page.getByRole('textbox', { name: 'Feed address' }).inputValue();
    expect(feedUrl).toMatch(new RegExp(`^${server.baseUrl}/calendar/[A-Za-z0-9_-]{20,}\\.ics$`));
    await expectAccessible(page, 'a new calendar feed');

    const answer = await context.request.get(feedUrl);
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-type']).toMatch(/^text\/calendar/);
    const events = new ICAL.Component(ICAL.parse(await answer.text()))
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent));
    const due = events.find((event) => event.summary.includes(GOAL.title));
    expect(due?.startDate.toString()).toBe(GOAL.due);

    await page.getByRole('button', { name: 'I have copied it' }).click();
    await page.getByText(/^Your feed is on, since/).waitFor();
  });

  it('makes a new address, after which the old one is not found', async () => {
    await page.getByRole('button', { name: 'Make a new address' }).click();
    const dialog = page.getByRole('dialog', { name: 'Make a new feed address?' });
    await dialog.getByRole('button', { name: 'Make a new address' }).click();
    await page.getByRole('heading', { level: 3, name: 'Your calendar feed is ready' }).waitFor();
    const newUrl = await page.getByRole('textbox', { name: 'Feed address' }).inputValue();
    expect(newUrl).not.toBe(feedUrl);
    expect((await context.request.get(feedUrl)).status()).toBe(404);
    expect((await context.request.get(newUrl)).status()).toBe(200);
    await page.getByRole('button', { name: 'I have copied it' }).click();
    feedUrl = newUrl;
  });

  it('stops the feed: its address is not found', async () => {
    await page.getByRole('button', { name: 'Stop the feed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Stop your calendar feed?' });
    await dialog.getByRole('button', { name: 'Stop the feed' }).click();
    await page.getByText('You have no calendar feed.').waitFor();
    expect((await context.request.get(feedUrl)).status()).toBe(404);
    await expectAccessible(page, 'no calendar feed');
  });

  it('turns the weekly digest off and on again, kept on the account', async () => {
    const digest = page.getByRole('checkbox', { name: 'Send me the weekly digest' });
    // A new account gets the digest when the instance sends mail.
    expect(await digest.isChecked()).toBe(true);
    await digest.click();
    await page.getByText('You will no longer get the weekly digest.').waitFor();
    const me = async () =>
      (await apiAs(page, server.baseUrl)<{ user: { digest: string } }>('GET', '/auth/me')).user.digest;
    expect(await me()).toBe('off');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Your data' }).waitFor();
    expect(await digest.isChecked()).toBe(false);
    await digest.click();
    await page.getByText('You will get the weekly digest.').waitFor();
    expect(await me()).toBe('weekly');
    await expectAccessible(page, 'the weekly digest chosen');
  });

  it('downloads everything as one JSON file, and imports it: the goal twice, and says what it added', async () => {
    const { file, text } = await download('Download everything (JSON)');
    expect(file).toBe(`trellis-export-${today}.json`);
    const document = JSON.parse(text) as { format: string; version: number; goals: { title: string }[] };
    expect([document.format, document.version]).toEqual(['trellis-export', 1]);
    expect(document.goals.map((g) => g.title)).toEqual([GOAL.title]);

    await page.getByLabel('A full export to import').setInputFiles({
      name: file,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Add everything in this file to your account?' });
    await dialog.getByRole('button', { name: 'Import' }).click();
    await page.getByRole('heading', { level: 3, name: `Imported “${file}”` }).waitFor();
    // One goal in the file, and nothing else: a goal counted, added beside the one she had.
    const counts = await page
      .locator('.counts > div')
      .evaluateAll((rows) =>
        rows.map((r) => [r.querySelector('dt')?.textContent, r.querySelector('dd')?.textContent]),
      );
    expect(counts).toEqual([['Goals', '1']]);
    const { items } = await apiAs(page, server.baseUrl)<{ items: { title: string }[] }>('GET', '/goals');
    expect(items.map((g) => g.title)).toEqual([GOAL.title, GOAL.title]);
    await expectAccessible(page, 'a full export imported');
  });

  it('refuses a document of another version at the file, adding nothing', async () => {
    await page.getByLabel('A full export to import').setInputFiles({
      name: 'old.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'trellis-export', version: 2 })),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page
      .getByRole('dialog', { name: 'Add everything in this file to your account?' })
      .getByRole('button', { name: 'Import' })
      .click();
    // Said at the file's field, as the API places it: the document's `version`.
    await expect
      .poll(() => page.locator('#full-export-file-error').textContent())
      .toContain('At version: must be 1');
    const { items } = await apiAs(page, server.baseUrl)<{ items: unknown[] }>('GET', '/goals');
    expect(items).toHaveLength(2);
  });
});
