import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
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

// Reports (issue 12) in the browser: this month's report against last month, with practice
// logged in both; the period switched to the year and back by the picker, the address following;
// the report downloaded as Markdown, PDF and CSV. The server runs on the real clock, so the data
// is dated from today (UTC, the browser's zone and so the account's), and the expected words and
// numbers are worked out here, never with the server's or the web's own code.

const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const now = new Date();
const today = isoOf(now.getTime());
const year = now.getUTCFullYear();
const month = now.getUTCMonth(); // 0-based
/** The first day of this month, and of the month before (January's is December's of last year). */
const firstOfMonth = isoOf(Date.UTC(year, month, 1));
const firstOfLastMonth = isoOf(Date.UTC(year, month - 1, 1));
const lastOfMonth = isoOf(Date.UTC(year, month + 1, 0));
const monthWords = (first: string) =>
  new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${first}T00:00:00Z`),
  );

// Practice: 2 h 30 min today (this month), 1 h 15 min on the first of last month.
const THIS_MONTH_MINUTES = 150;
const LAST_MONTH_MINUTES = 75;
// Hours: 150 / 60 = 2.5 and 75 / 60 = 1.25, shown to one decimal: 2.5 and 1.3 (1.25 rounds half up
// to 1.3); the change 2.5 − 1.25 = 1.25 → "+1.3"; up (2.5 − 1.25) / 1.25 = 100%.

interface Skill {
  id: string;
  name: string;
}

describe('reports in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ensureWebBuilt();
    server = await startServer();
    browser = await launchChromium();
    context = await journeyContext(browser);
    page = await context.newPage();
    await signUpThroughForm(page, server.baseUrl, {
      name: 'Katherine Johnson',
      email: 'katherine@example.com',
      password: 'a long enough password',
    });
    const api = apiAs(page, server.baseUrl);
    const { items } = await api<{ items: Skill[] }>('GET', '/skills?q=Python');
    const python = items.find((s) => s.name === 'Python')!;
    for (const [date, minutes] of [
      [today, THIS_MONTH_MINUTES],
      [firstOfLastMonth, LAST_MONTH_MINUTES],
    ] as const) {
      await api('POST', '/practice', {
        date,
        minutes,
        title: 'Orbital mechanics notebook',
        skillIds: [python.id],
      });
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** The cells of a figure's row in the table of `caption`: this period, previous, change. */
  async function figureRow(caption: string, label: string): Promise<string[]> {
    const table = page.getByRole('table', { name: new RegExp(`^${caption}`) });
    const row = table.getByRole('row', { name: new RegExp(`^${label}`) });
    // The heading follows the address at once; the table comes when the report has loaded.
    await row.waitFor();
    return row.locator('td').evaluateAll((cells) => cells.map((cell) => cell.textContent?.trim() ?? ''));
  }

  it('opens this month’s report against last month, with the practice hours of each', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
    await page.getByRole('heading', { level: 1, name: `Report for ${monthWords(firstOfMonth)}` }).waitFor();
    const [value, previous, change] = await figureRow('Time and learning', 'Practice hours');
    expect([value, previous]).toEqual(['2.5', '1.3']);
    expect(change).toContain('1.3');
    expect(await page.getByRole('list').filter({ hasText: 'Practice up 100%' }).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'reports, this month');
  });

  it('switches to the year, the address following, and back with Back', async () => {
    await page
      .getByRole('navigation', { name: 'Kind of period' })
      .getByRole('link', { name: 'Year' })
      .click();
    await page.getByRole('heading', { level: 1, name: `Report for ${year}` }).waitFor();
    expect(new URL(page.url()).searchParams.get('period')).toBe('year');
    // Both entries fall in this year unless today is in January (last month is then last year's).
    const [value] = await figureRow('Time and learning', 'Practice hours');
    expect(value).toBe(month === 0 ? '2.5' : '3.8'); // 225 min = 3.75 h → 3.8
    await expectAccessible(page, 'reports, this year');
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: `Report for ${monthWords(firstOfMonth)}` }).waitFor();
  });

  /** Clicks a download link of the report, and answers the file's name and bytes. */
  async function download(label: string): Promise<{ name: string; bytes: Buffer }> {
    const links = page.getByRole('list', { name: 'Download this report:' });
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      links.getByRole('link', { name: label }).click(),
    ]);
    return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
  }

  it('downloads the report as Markdown, PDF and CSV', async () => {
    const stem = `trellis-report-${firstOfMonth}-${lastOfMonth}`;
    const md = await download('Markdown');
    expect(md.name).toBe(`${stem}.md`);
    expect(md.bytes.toString('utf8')).toMatch(
      new RegExp(`^# Report for Katherine Johnson: ${monthWords(firstOfMonth)}`),
    );

    const pdf = await download('PDF');
    expect(pdf.name).toBe(`${stem}.pdf`);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const csv = await download('CSV');
    expect(csv.name).toBe(`${stem}.csv`);
    const rows = parse(csv.bytes.toString('utf8'), { relax_column_count: true }) as string[][];
    const practice = rows.find((row) => row[0] === 'Practice hours');
    // The CSV keeps the exact hours: 2.5 and 1.25, the change 1.25.
    expect(practice).toEqual(['Practice hours', '2.5', '1.25', '1.25']);
  });
});
