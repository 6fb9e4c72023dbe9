import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aGoal, aMetric } from '../src/goals/domain/goal.factory.ts';
import {
  addDays,
  type CheckInPoint,
  computeProgress,
  daysBetween,
  formatQuantity,
  todayIn,
} from '../src/goals/domain/index.ts';
import { expectAccessible, fitsWidth, launchChromium, signUpThroughForm } from './support/browser.ts';
import { goalPageLoaded } from './support/goal-page.ts';
import { ensureWebBuilt, type RunningServer, startServer } from './support/server.ts';

// One person's journey with a yearly goal: create it in the form, break it into quarters, check in
// (on the goal and on a slice), correct and delete check-ins, and read the numbers and the chart.
// The server runs on the real clock, so every date is derived from today: the goal covers the
// current calendar year, and check-ins fall between 1 January and today.
describe('goals in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const url = (path: string) => `${server.baseUrl}${path}`;
  const today = todayIn('UTC', new Date());
  const year = today.slice(0, 4);
  const start = `${year}-01-01`;
  const due = `${year}-12-31`;
  const title = 'Study Rust for 200 hours';
  // Spread over the days so far (all on 1 January when that is today).
  const elapsed = daysBetween(start, today);
  const on = (share: number) => addDays(start, Math.floor(elapsed * share));
  const recorded: CheckInPoint[] = [];
  let goalPath = '';

  /** Progress as the server computes it, from the check-ins the test has recorded. */
  const expected = () =>
    computeProgress(
      aGoal({ title, startDate: start, dueDate: due, metric: aMetric(0, 200), checkIns: recorded }),
      today,
    );

  async function checkIn(date: string, hours: number, note = '') {
    const form = page.locator('#check-in');
    await form.getByLabel('Date').fill(date);
    await form.getByLabel('Amount').fill(String(hours));
    await form.getByLabel('Note').fill(note);
    await form.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByRole('status').getByText(`Check-in saved: ${hours} h on`).waitFor();
    recorded.push({ date, value: hours, createdAt: new Date().toISOString() });
  }

  const progressPanel = () => page.getByRole('region', { name: 'Progress' });

  beforeAll(async () => {
    ensureWebBuilt();
    server = await startServer();
    browser = await launchChromium();
    // Sign-up adopts the browser's zone: UTC keeps the test's "today" the server's.
    context = await browser.newContext({ timezoneId: 'UTC' });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs up and creates a yearly goal in the form, with the live SMART review', async () => {
    await signUpThroughForm(page, server.baseUrl, {
      name: 'Grace Hopper',
      email: 'grace@example.com',
      password: 'compiler for cobol 1959',
    });
    await expectAccessible(page, 'home, empty');

    await page.goto(url('/goals/new'));
    await page.getByRole('heading', { level: 1, name: 'New goal' }).waitFor();
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Why does this matter to you?').fill('Systems work needs a language I trust.');
    await page.getByLabel('Start date').fill(start);
    await page.getByLabel('Due date').fill(due);
    const measured = page.getByLabel('Measure it with a number');
    if (!(await measured.isChecked())) await measured.check();
    await page.getByLabel('Unit').fill('h');
    await page.getByLabel('Starting value').fill('0');
    await page.getByLabel('Target').fill('200');
    await page.getByLabel('Each check-in adds an amount').check();
    const review = page.getByRole('complementary', { name: 'SMART review' });
    await review.getByText("You'll measure it from 0 to 200 h.").waitFor();
    // The server writes the date for people ("Dec 31, 2026"); its exact form is the server's to choose.
    await review.getByText(/^It's due on .+\.$/).waitFor();
    await expectAccessible(page, 'new goal form');

    await page.getByRole('button', { name: 'Create goal' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    goalPath = new URL(page.url()).pathname;
    expect(goalPath).toMatch(/^\/goals\/[^/]+$/);
  });

  it('shows a new goal with no data yet, and breaks it into four quarters', async () => {
    await page.getByText('No data yet').first().waitFor();
    await progressPanel().getByText('Known after your first check-in').first().waitFor();
    // The chart comes with the progress, a request of its own after the goal's.
    await expect.poll(() => progressPanel().locator('svg[role="img"]').count()).toBe(1);
    await expectAccessible(page, 'goal page, new');

    const slices = page.getByRole('region', { name: 'Slices and sub-goals' });
    await slices.getByLabel('Quarters').check();
    await slices.getByRole('button', { name: 'Break down' }).click();
    await page.getByRole('status').getByText('Created 4 quarterly slices.').waitFor();
    for (const quarter of ['Q1', 'Q2', 'Q3', 'Q4']) {
      await slices.getByRole('link', { name: `${title} — ${quarter} ${year}` }).waitFor();
    }
    await expect.poll(() => slices.getByRole('link').count()).toBe(5); // four slices and "Add a slice"
  });

  it('records check-ins on the goal, which go on the slice of their date', async () => {
    await checkIn(on(0.2), 10, 'The Book, chapters 1–4');
    await checkIn(on(0.5), 12.5);
    await checkIn(on(0.8), 8, 'Ownership finally clicked');
    const list = page.getByRole('region', { name: 'Check-ins' });
    await list.getByText('3 check-ins, newest first').waitFor();
    await list
      .getByText(/^On Q\d/)
      .first()
      .waitFor();
    await progressPanel().getByText(formatQuantity(30.5, 'h'), { exact: true }).waitFor();
  });

  it('records a check-in on a slice page, which counts for the goal too', async () => {
    const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
    await page.getByRole('link', { name: `${title} — Q${quarter} ${year}` }).click();
    await page.getByRole('heading', { level: 1, name: `${title} — Q${quarter} ${year}` }).waitFor();
    await checkIn(today, 4, 'On the slice');
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();

    const progress = expected();
    await progressPanel().getByText(formatQuantity(progress.current!, 'h'), { exact: true }).waitFor();
    await progressPanel()
      .getByText(`Projected ${formatQuantity(progress.projected!, 'h')} by the due date`)
      .waitFor();
    const labels = { on_track: 'On track', at_risk: 'At risk', off_track: 'Off track', achieved: 'Achieved' };
    const label = labels[progress.status as keyof typeof labels];
    expect(label, `status ${progress.status}`).toBeDefined();
    await page.locator('.goal-header').getByText(label!).waitFor();
    expect(await progressPanel().locator('svg[role="img"] circle').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'goal page with check-ins');
  });

  it('edits a check-in and deletes another', async () => {
    const first = recorded[0]!;
    const list = page.getByRole('region', { name: 'Check-ins' });
    await list.getByRole('button', { name: /^Edit check-in of .* \(\+10 h\)$/ }).click();
    await list.getByLabel('Amount').last().fill('11');
    await list.getByRole('button', { name: 'Save changes' }).click();
    await page
      .getByRole('status')
      .getByText(/^Check-in of .* saved\.$/)
      .waitFor();
    first.value = 11;
    await progressPanel().getByText(formatQuantity(expected().current!, 'h'), { exact: true }).waitFor();

    await list.getByRole('button', { name: /^Delete check-in of .* \(\+8 h\)$/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this check-in?' });
    await dialog.waitFor();
    await expectAccessible(page, 'goal page, delete check-in dialog');
    await dialog.getByRole('button', { name: 'Delete check-in' }).click();
    await page
      .getByRole('status')
      .getByText(/^Check-in of .* deleted\.$/)
      .waitFor();
    recorded.splice(
      recorded.findIndex((c) => c.value === 8),
      1,
    );
    await list.getByText('3 check-ins, newest first').waitFor();
    await progressPanel().getByText(formatQuantity(expected().current!, 'h'), { exact: true }).waitFor();
    await progressPanel()
      .getByText(`Projected ${formatQuantity(expected().projected!, 'h')} by the due date`)
      .waitFor();
  });

  it('refuses a check-in dated in the future, next to the date', async () => {
    const form = page.locator('#check-in');
    await form.getByLabel('Date').fill(addDays(today, 1));
    await form.getByLabel('Amount').fill('1');
    await form.getByRole('button', { name: 'Save check-in' }).click();
    const date = form.getByLabel('Date');
    await expect.poll(() => date.getAttribute('aria-invalid')).toBe('true');
    const errorId = ((await date.getAttribute('aria-describedby')) ?? '').split(' ')[0]!;
    // The message names today in the server's own words; the start of it is enough here.
    expect(await page.locator(`[id="${errorId}"]`).textContent()).toContain('Is in the future (today is ');
    await expectAccessible(page, 'goal page, check-in error');
  });

  it('opens at the check-in form from a #check-in link, also on a phone', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(url('/goals'));
    await page.goto(url(`${goalPath}#check-in`));
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('check-in-value');
    // The form takes focus once the goal is drawn; the chart, check-ins, slices and review come after it.
    await goalPageLoaded(page, /^\d+ goals?, by start date$/);
    expect(await fitsWidth(page)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('explains why a goal cannot be broken into months', async () => {
    const answer = await page.request.post(url('/api/v1/goals'), {
      headers: { origin: server.baseUrl },
      data: {
        title: 'Read 3 books',
        startDate: start,
        dueDate: due,
        metric: { unit: 'books', baseline: 0, target: 3, aggregation: 'sum' },
      },
    });
    expect(answer.status()).toBe(201);
    const { id } = (await answer.json()) as { id: string };
    await page.goto(url(`/goals/${id}`));
    const slices = page.getByRole('region', { name: 'Slices and sub-goals' });
    await slices.getByLabel('Months').check();
    await slices.getByRole('button', { name: 'Break down' }).click();
    await slices.locator('.field__error').getByText('try quarters or halves').waitFor();
  });

  it('passes the accessibility scan on the goals list, home and the goal page in the dark', async () => {
    await page.goto(url('/goals'));
    await page.getByRole('link', { name: title }).first().waitFor();
    await expectAccessible(page, 'goals list');
    await page.goto(url('/'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessible(page, 'home');

    const dark = await browser.newContext({ colorScheme: 'dark', timezoneId: 'UTC' });
    try {
      await dark.addCookies(await context.cookies());
      const p = await dark.newPage();
      await p.goto(url(goalPath));
      await p.getByRole('heading', { level: 1, name: title }).waitFor();
      await p.locator('svg[role="img"] circle').first().waitFor();
      await expectAccessible(p, 'goal page, dark');
    } finally {
      await dark.close();
    }
  });

  it('pauses and resumes the goal, then deletes it after saying what goes with it', async () => {
    await page.goto(url(goalPath));
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('status').getByText('Goal paused.').waitFor();
    await page.locator('.goal-header').getByText('Paused', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.getByRole('status').getByText('Goal resumed.').waitFor();

    await page.getByRole('button', { name: 'Delete…' }).click();
    const dialog = page.getByRole('dialog', { name: `Delete “${title}”?` });
    await dialog.getByText('Its 4 slices and 3 check-ins go with it.').waitFor();
    await dialog.getByRole('button', { name: 'Delete goal' }).click();
    await page.waitForURL(url('/goals'));
    await page.getByRole('status').getByText(`“${title}” was deleted.`).waitFor();
  });
});
