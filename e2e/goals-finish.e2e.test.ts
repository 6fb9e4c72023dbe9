import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiAs,
  expectAccessible,
  fitsWidth,
  journeyContext,
  launchChromium,
  signUpThroughForm,
} from './support/browser.ts';
import { goalPageLoaded } from './support/goal-page.ts';
import { ensureWebBuilt, type RunningServer, startServer } from './support/server.ts';

// The goals capability, finished (issue 8): the goal page's two columns and its phone order, the
// chart's points, forecasts that wait for evidence, quick check-ins on the list and Home, one
// problem listed once, the question about slices when a goal's numbers change, pausing and
// abandoning, and the list's filters, sort and search. The server runs on the real clock, so every
// date is derived from today (UTC, the browser's zone and so the account's). Expected numbers are
// worked out here, by hand or with the small helpers below, never with the server's own code.

const DAY_MS = 86_400_000;
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const today = isoOf(Date.now());
/** The date `days` after `date` (before, when negative). */
const shift = (date: string, days: number) => isoOf(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS);
/** A goal's day number: its start date is day 1, the baseline stands at day 0. */
const dayNumber = (start: string, date: string) =>
  Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY_MS) + 1;
/** A date as the web writes it for an en-US browser: "Nov 26, 2026". */
const shown = (date: string) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
const TOO_EARLY = 'Too early to forecast: check in a few more times';

interface Goal {
  id: string;
  title: string;
  state: string;
  metric: { baseline: number; target: number } | null;
  progress: { current: number | null; status: string; forecast: string | null };
}

describe('goals, finished, in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const url = (path: string) => `${server.baseUrl}${path}`;

  const api = <T>(method: 'GET' | 'POST' | 'PATCH', path: string, data?: unknown) =>
    apiAs(page, server.baseUrl)<T>(method, path, data);
  const goalNamed = async (title: string) =>
    (await api<{ items: Goal[] }>('GET', '/goals?limit=200')).items.find((g) => g.title === title)!;
  const slicesOf = async (id: string) =>
    (await api<{ items: Goal[] }>('GET', `/goals?parentId=${id}&limit=200`)).items;

  // Four goals, made through the API in the first test:
  // - books: 0 → 12 books, from 120 days ago to 240 days ahead, four check-ins (1, 2, 1, 1);
  // - rust: 0 → 200 h over the calendar year, in quarters, no check-ins;
  // - run: 0 → 100 km, from 20 days ago to 100 days ahead, in quarters, no check-ins;
  // - score: a level, 50 → 80 points, from 30 days ago to 90 days ahead, no check-ins.
  const books = {
    title: 'Read 12 books this year',
    category: 'content',
    start: shift(today, -120),
    due: shift(today, 240),
  };
  const bookCheckIns = [
    { date: shift(today, -100), value: 1 },
    { date: shift(today, -60), value: 2 },
    { date: shift(today, -20), value: 1 },
    { date: shift(today, -3), value: 1 },
  ];
  const rust = {
    title: 'Study Rust for 200 hours',
    category: 'learning',
    start: `${today.slice(0, 4)}-01-01`,
    due: `${today.slice(0, 4)}-12-31`,
  };
  const run = { title: 'Run 100 km', category: 'practice', start: shift(today, -20), due: shift(today, 100) };
  const score = {
    title: 'Raise my exam score',
    category: 'skill',
    start: shift(today, -30),
    due: shift(today, 90),
  };
  const ids: Record<'books' | 'rust' | 'run' | 'score', string> = { books: '', rust: '', run: '', score: '' };

  const progressPanel = () => page.getByRole('region', { name: 'Progress' });
  const chart = () => progressPanel().locator('svg[role="img"]');
  const checkInForm = () => page.locator('#check-in');

  async function openGoal(id: string, title: string) {
    await page.goto(url(`/goals/${id}`));
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
  }

  beforeAll(async () => {
    ensureWebBuilt();
    server = await startServer();
    browser = await launchChromium();
    context = await journeyContext(browser);
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs up, and sets up four goals through the API', async () => {
    await signUpThroughForm(page, server.baseUrl, {
      name: 'Katherine Johnson',
      email: 'katherine@example.com',
      password: 'orbital mechanics 1962',
    });

    const create = (g: typeof books, metric: object, why = '') =>
      api<Goal>('POST', '/goals', {
        title: g.title,
        category: g.category,
        startDate: g.start,
        dueDate: g.due,
        why,
        metric,
      });
    ids.books = (
      await create(
        books,
        { unit: 'books', baseline: 0, target: 12, aggregation: 'sum' },
        'Reading widens what I can do at work.',
      )
    ).id;
    for (const c of bookCheckIns) await api('POST', `/goals/${ids.books}/check-ins`, c);
    ids.rust = (await create(rust, { unit: 'h', baseline: 0, target: 200, aggregation: 'sum' })).id;
    await api('POST', `/goals/${ids.rust}/breakdown`, { period: 'quarter' });
    ids.run = (await create(run, { unit: 'km', baseline: 0, target: 100, aggregation: 'sum' })).id;
    await api('POST', `/goals/${ids.run}/breakdown`, { period: 'quarter' });
    ids.score = (await create(score, { unit: 'points', baseline: 50, target: 80, aggregation: 'last' })).id;
  });

  it('lays the goal page out in two columns at 1280 px, the chart and the form both in the first 800 px', async () => {
    await openGoal(ids.books, books.title);
    await goalPageLoaded(page);
    const graph = (await chart().boundingBox())!;
    const form = (await checkInForm().boundingBox())!;
    const save = (await checkInForm().getByRole('button', { name: 'Save check-in' }).boundingBox())!;
    // Side by side: the chart on the left, the form on the right, their tops within the same screen.
    expect(graph.x + graph.width).toBeLessThanOrEqual(form.x);
    expect(graph.y + graph.height).toBeLessThanOrEqual(800);
    expect(save.y + save.height).toBeLessThanOrEqual(800);
    // The check-ins list sits under the form, in the right column.
    const list = (await page.getByRole('region', { name: 'Check-ins' }).boundingBox())!;
    expect(list.x).toBeGreaterThanOrEqual(form.x - 1);
    expect(list.y).toBeGreaterThan(form.y + form.height - 1);
    // Slices and the review follow, below both columns.
    const slices = (await page.getByRole('region', { name: 'Slices and sub-goals' }).boundingBox())!;
    expect(slices.y).toBeGreaterThan(Math.max(graph.y + graph.height, list.y));
    await expectAccessible(page, 'goal page, two columns');
  });

  it('ticks the chart in whole books, and shows each point’s date and value on hover and on focus', async () => {
    // Every number is whole (0, 12 and totals of 1, 3, 4, 5), so every value tick is.
    const ticks = await chart().locator('.goal-chart__grid text[text-anchor="end"]').allTextContents();
    expect(ticks.length).toBeGreaterThan(1);
    for (const tick of ticks) expect(Number.isInteger(Number(tick.replace(/,/g, ''))), tick).toBe(true);

    // The totals after each check-in: 1, 1 + 2 = 3, 4, 5.
    const labels = [
      `${shown(bookCheckIns[0]!.date)}: 1 book in total (+1 book)`,
      `${shown(bookCheckIns[1]!.date)}: 3 books in total (+2 books)`,
      `${shown(bookCheckIns[2]!.date)}: 4 books in total (+1 book)`,
      `${shown(bookCheckIns[3]!.date)}: 5 books in total (+1 book)`,
    ];
    const points = progressPanel().locator('.goal-chart__hit');
    expect(await points.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).toEqual(labels);
    // One stop for the Tab key: the newest point; the arrow keys move along.
    expect(await points.evaluateAll((els) => els.map((e) => e.getAttribute('tabindex')))).toEqual([
      '-1',
      '-1',
      '-1',
      '0',
    ]);

    const tooltip = progressPanel().locator('.goal-chart__tooltip');
    await points.nth(1).hover();
    await expect
      .poll(() => tooltip.textContent())
      .toBe(`${shown(bookCheckIns[1]!.date)}3 books in total (+2 books)`);
    await page.mouse.move(0, 0);
    await tooltip.waitFor({ state: 'detached' });

    await points.nth(3).focus();
    await expect.poll(() => tooltip.textContent()).toContain(shown(bookCheckIns[3]!.date));
    await page.keyboard.press('ArrowLeft');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe(labels[2]);
    await expect.poll(() => tooltip.textContent()).toContain('4 books in total');
    await expectAccessible(page, 'goal page, a point focused');
  });

  it('puts the check-in form right after the headline numbers on a phone', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    try {
      await openGoal(ids.books, books.title);
      await goalPageLoaded(page);
      const numbers = (await progressPanel().getByRole('progressbar').first().boundingBox())!;
      const form = (await checkInForm().boundingBox())!;
      const graph = (await chart().boundingBox())!;
      // One column: numbers, then the form, then the chart.
      expect(form.y).toBeGreaterThan(numbers.y + numbers.height);
      expect(graph.y).toBeGreaterThan(form.y + form.height);
      // Nothing of the chart or the paces comes between the numbers and the form.
      const between = await progressPanel()
        .locator('.stats, .goal-chart')
        .evaluateAll(
          (els, [top, bottom]) =>
            els.filter((e) => e.getBoundingClientRect().top < bottom! && e.getBoundingClientRect().top > top!)
              .length,
          [numbers.y, form.y],
        );
      expect(between).toBe(0);
      expect(await fitsWidth(page)).toBe(true);
      await expectAccessible(page, 'goal page, phone');
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('says it is too early to forecast after one check-in, and forecasts once a second comes 14 days later', async () => {
    await openGoal(ids.score, score.title);
    async function checkIn(date: string, level: number) {
      await checkInForm().getByLabel('Date').fill(date);
      await checkInForm().getByLabel('Level').fill(String(level));
      await checkInForm().getByRole('button', { name: 'Save check-in' }).click();
      await page.getByRole('status').getByText(`Check-in saved: ${level} points on`).waitFor();
    }

    // One point besides the baseline is no evidence of a trend.
    await checkIn(shift(today, -20), 55);
    await expect.poll(() => progressPanel().getByText(TOO_EARLY).count()).toBe(2); // the numbers and the legend
    await progressPanel().getByText('Known after a few more check-ins').waitFor();
    expect(
      await progressPanel()
        .getByText(/^Projected /)
        .count(),
    ).toBe(0);
    expect(await progressPanel().getByText('Forecast (dotted)').count()).toBe(0);
    await expectAccessible(page, 'goal page, too early to forecast');

    // A second, 14 days later. Day numbers from the start (30 days ago = day 1): 20 days ago is
    // day 11, 6 days ago day 25, and the due date (90 days ahead) day 121. The goal runs 121 days,
    // so the points must span min(14, ⌈121 / 10⌉) = 13 days: 25 − 11 = 14 do.
    await checkIn(shift(today, -6), 60);
    const x1 = dayNumber(score.start, shift(today, -20));
    const x2 = dayNumber(score.start, shift(today, -6));
    const n = dayNumber(score.start, score.due);
    expect([x1, x2, n]).toEqual([11, 25, 121]);
    // Least squares through (0, 50), (11, 55), (25, 60): means x̄ = 36 / 3 = 12, ȳ = 165 / 3 = 55;
    // Sxx = 12² + 1² + 13² = 314, Sxy = (−12)(−5) + (−1)(0) + (13)(5) = 125; slope = 125 / 314,
    // intercept = 55 − 12 · 125 / 314. At day 121: 55 + (121 − 12) · 125 / 314 = 55 + 13625 / 314
    // = 98.39…, which is 98.4 points to one decimal (inside the band 50 ± 10 · 30).
    const projected = 55 + ((n - 12) * 125) / 314;
    expect(projected).toBeCloseTo(98.392, 3);
    await progressPanel()
      .getByText(`Projected ${projected.toFixed(1)} points by the due date`)
      .waitFor();
    await expect.poll(() => progressPanel().getByText(TOO_EARLY).count()).toBe(0);
    await progressPanel().getByText('Forecast (dotted)').waitFor();
    await expectAccessible(page, 'goal page, forecast made');
  });

  it('records a check-in from the goals list, with errors next to its fields', async () => {
    await page.goto(url('/goals'));
    const open = page.getByRole('button', { name: `Check in on ${books.title}` });
    await open.click();
    await expect.poll(() => open.getAttribute('aria-expanded')).toBe('true');
    const form = page.locator(`#${await open.getAttribute('aria-controls')}`);
    const amount = form.getByLabel('Amount');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');

    // A sum check-in adds an amount: 0 is refused before sending, next to the amount.
    await amount.fill('0');
    await form.getByRole('button', { name: 'Save check-in' }).click();
    await expectErrorBeside(amount, 'Must not be 0');
    // A date in the future is refused by the server, next to the date (its words are the server's).
    await amount.fill('2');
    await form.getByLabel('Date').fill(shift(today, 1));
    await form.getByRole('button', { name: 'Save check-in' }).click();
    await expectErrorBeside(form.getByLabel('Date'));
    await expectAccessible(page, 'goals list, quick check-in with errors');

    await form.getByLabel('Date').fill(today);
    await form.getByRole('button', { name: 'Save check-in' }).click();
    await page
      .getByRole('status')
      .getByText(`Check-in saved: 2 books on ${shown(today)}.`)
      .waitFor();
    await form.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe(`Check in on ${books.title}`);
    // 1 + 2 + 1 + 1 + 2 = 7 books, still on this page.
    expect(new URL(page.url()).pathname).toBe('/goals');
    expect((await goalNamed(books.title)).progress.current).toBe(7);
  });

  it('lists a problem on Home once, with its slices inside it, and records a check-in there', async () => {
    await page.goto(url('/'));
    const attention = page.getByRole('region', { name: 'Needs attention' });
    const runItem = attention.getByRole('listitem').filter({
      has: page.getByRole('link', { name: run.title, exact: true }),
    });
    await runItem.first().waitFor();
    // No check-in in the 20 days since the start: the goal needs attention, and so does a slice
    // of it (the one running since the start, or the quarter that ended without one). The slice is
    // named inside the goal's item, never on its own.
    const titles = await attention.locator('.attention-item__title').allTextContents();
    expect(titles.filter((t) => t === run.title)).toHaveLength(1);
    expect(titles.filter((t) => t.startsWith(`${run.title} — `))).toEqual([]);
    const sliceLinks = await runItem.locator('.attention-item__slices a').allTextContents();
    expect(sliceLinks.length).toBeGreaterThan(0);
    for (const name of sliceLinks) expect(name).toMatch(/^Q[1-4] \d{4}$/);

    await runItem.getByRole('button', { name: `Check in on ${run.title}` }).click();
    await runItem.getByLabel('Amount').fill('5');
    await expectAccessible(page, 'home, quick check-in');
    await runItem.getByRole('button', { name: 'Save check-in' }).click();
    // A check-in on a goal with slices goes on the slice of its date, as on the goal's page.
    await page
      .getByRole('status')
      .getByText(new RegExp(`^Check-in saved: 5 km on ${shown(today)}, on the slice “Q[1-4] \\d{4}”\\.$`))
      .waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect((await goalNamed(run.title)).progress.current).toBe(5);
  });

  it('asks what becomes of the slices when a goal’s target changes, and resends with the answer', async () => {
    const before = (await slicesOf(ids.rust)).sort((a, b) => a.title.localeCompare(b.title));
    expect(before.map((s) => s.metric!.target).reduce((a, b) => a + b, 0)).toBe(200);

    await page.goto(url(`/goals/${ids.rust}/edit`));
    await page.getByRole('heading', { level: 1, name: 'Edit goal' }).waitFor();
    await page.getByLabel('Target').fill('400');
    await page.getByRole('button', { name: 'Save changes' }).click();
    const dialog = page.getByRole('dialog', { name: 'What becomes of the slices?' });
    await dialog.waitFor();
    await dialog.getByText('Each slice gets its share of the new target').waitFor();
    await dialog.getByText('The slices keep their targets and dates').waitFor();
    await expectAccessible(page, 'goal form, the slices question');

    // Cancel saves nothing and leaves the form as it was.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await goalNamed(rust.title)).metric!.target).toBe(200);

    await page.getByRole('button', { name: 'Save changes' }).click();
    await dialog.getByRole('button', { name: 'Recompute the slices’ targets' }).click();
    await page.getByRole('heading', { level: 1, name: rust.title }).waitFor();
    await page.getByRole('status').getByText('Goal saved.').waitFor();
    // After saving, focus is on the page's heading.
    await expect
      .poll(() => page.evaluate(() => [document.activeElement?.tagName, document.activeElement?.textContent]))
      .toEqual(['H1', rust.title]);

    // 400 h over the year by the quarters' days (Q1 has 90 or 91): each rounds 400 · days / year,
    // the last takes the rest so they add up to 400. The slices keep their ids.
    const year = Number(rust.start.slice(0, 4));
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const days = [leap ? 91 : 90, 91, 92, 92];
    const total = leap ? 366 : 365;
    const first = days.slice(0, 3).map((d) => Math.round((400 * d) / total));
    const expected = [...first, 400 - first.reduce((a, b) => a + b, 0)];
    const after = (await slicesOf(ids.rust)).sort((a, b) => a.title.localeCompare(b.title));
    expect(after.map((s) => s.id)).toEqual(before.map((s) => s.id));
    expect(after.map((s) => s.metric!.target)).toEqual(expected);

    // Keep: the goal's target changes, the slices' stay.
    await page.goto(url(`/goals/${ids.rust}/edit`));
    await page.getByLabel('Target').fill('300');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await dialog.getByRole('button', { name: 'Keep the slices as they are' }).click();
    await page.getByRole('heading', { level: 1, name: rust.title }).waitFor();
    expect((await goalNamed(rust.title)).metric!.target).toBe(300);
    expect((await slicesOf(ids.rust)).map((s) => s.metric!.target).sort((a, b) => a - b)).toEqual(
      [...expected].sort((a, b) => a - b),
    );
  });

  it('pauses a goal with its slices (no status, no paces, off Home), and asks before abandoning one', async () => {
    await openGoal(ids.run, run.title);
    const pause = page.getByRole('button', { name: 'Pause' });
    // The button says what it does.
    const hintId = (await pause.getAttribute('aria-describedby'))!;
    await expect
      .poll(() => page.locator(`[id="${hintId}"]`).textContent())
      .toMatch(
        /^Pausing hides the status and paces of this goal and its \d slices?, and takes them off Home/,
      );
    await pause.click();
    await page
      .getByRole('status')
      .getByText(/^Goal paused\. Its \d slices? paused with it\.$/)
      .waitFor();
    await page.locator('.goal-header').getByText('Paused', { exact: true }).waitFor();
    await progressPanel().getByText('None while the goal is paused').waitFor();
    expect(await progressPanel().getByText('To finish on time').count()).toBe(0);
    expect(await progressPanel().getByText('Your pace').count()).toBe(0);
    // The slices come with every goal, asked again apart from this one: each says Paused once they have.
    const slicesPanel = page.getByRole('region', { name: 'Slices and sub-goals' });
    await expect
      .poll(async () => [...new Set(await slicesPanel.locator('.slice .status-badge').allTextContents())])
      .toEqual(['Paused']);
    await expectAccessible(page, 'goal page, paused');

    await page.goto(url('/'));
    // Home has loaded what needs attention (the Rust goal, without a check-in all year)…
    await page.getByRole('link', { name: rust.title, exact: true }).waitFor();
    // …and the paused goal is not among it.
    expect(await page.getByRole('link', { name: run.title, exact: true }).count()).toBe(0);

    await openGoal(ids.run, run.title);
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.getByRole('status').getByText('Goal resumed.').waitFor();
    for (const slice of await slicesOf(ids.run)) expect(slice.state).toBe('active');

    await openGoal(ids.score, score.title);
    await page.getByRole('button', { name: 'Abandon…' }).click();
    const dialog = page.getByRole('dialog', { name: `Abandon “${score.title}”?` });
    await dialog.getByText('Its check-ins are kept').waitFor();
    await expectAccessible(page, 'goal page, abandon dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect((await goalNamed(score.title)).state).toBe('active');
    await page.getByRole('button', { name: 'Abandon…' }).click();
    await dialog.getByRole('button', { name: 'Abandon goal' }).click();
    await page.getByRole('status').getByText('Goal abandoned.').waitFor();
    expect((await goalNamed(score.title)).state).toBe('abandoned');
  });

  it('filters the list by state, category and status, sorts it and searches titles, keeping the choices in the URL', async () => {
    await page.goto(url('/goals'));
    const topTitles = (label: string) =>
      page
        .getByRole('list', { name: label, exact: true })
        .locator(':scope > li > .goal-row .goal-row__title')
        .allTextContents();
    await page.getByRole('list', { name: 'Active goals', exact: true }).waitFor();
    // Active, oldest first: the abandoned score goal is not among them.
    expect(await topTitles('Active goals')).toEqual([books.title, rust.title, run.title]);

    // Search: every word, any case; the slices of a match come along. The URL keeps it over a reload.
    await page.getByLabel('Search titles').fill('RUST');
    await expect.poll(() => topTitles('Active goals')).toEqual([rust.title]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('RUST');
    await page.reload();
    await page.getByRole('list', { name: 'Active goals', exact: true }).waitFor();
    expect(await page.getByLabel('Search titles').inputValue()).toBe('RUST');
    expect(await topTitles('Active goals')).toEqual([rust.title]);
    await expectAccessible(page, 'goals list, searched');
    await page.getByRole('button', { name: 'Clear the search and filters' }).click();
    await expect.poll(() => topTitles('Active goals')).toHaveLength(3);

    // Category, across every state.
    await page.getByLabel('Show').selectOption('all');
    await page.getByLabel('Category').selectOption('skill');
    await expect.poll(() => topTitles('All goals')).toEqual([score.title]);
    await page.getByLabel('Category').selectOption('all');

    // Status: no data yet is the whole of the Rust goal (no check-ins anywhere in it), and none of
    // the books goal (on its way, no slices).
    // The unfiltered list already holds the Rust goal, so wait for the one the filter shows.
    await page.getByLabel('Status').selectOption('no_data');
    const noData = async () => {
      const titles = await topTitles('All goals');
      return { rust: titles.includes(rust.title), books: titles.includes(books.title) };
    };
    await expect.poll(noData).toEqual({ rust: true, books: false });
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ state: 'all', status: 'no_data' });
    await page.getByLabel('Status').selectOption('all');

    // Sorts, worked out from the titles and due dates set up above.
    const all = [books, rust, run, score];
    await page.getByLabel('Sort by').selectOption('title');
    const byTitle = [...all].sort((a, b) => a.title.localeCompare(b.title)).map((g) => g.title);
    expect(byTitle).toEqual([score.title, books.title, run.title, rust.title]);
    await expect.poll(() => topTitles('All goals')).toEqual(byTitle);
    await page.getByLabel('Sort by').selectOption('due');
    const byDue = [...all]
      .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.title.localeCompare(b.title)))
      .map((g) => g.title);
    await expect.poll(() => topTitles('All goals')).toEqual(byDue);
    await page.reload();
    await page.getByRole('list', { name: 'All goals', exact: true }).waitFor();
    expect(await page.getByLabel('Sort by').inputValue()).toBe('due');
    expect(await topTitles('All goals')).toEqual(byDue);
    await expectAccessible(page, 'goals list, sorted');
  });

  it('opens the new-goal form measured, private, and with a review of only what has been filled in', async () => {
    await page.goto(url('/goals/new'));
    await page.getByRole('heading', { level: 1, name: 'New goal' }).waitFor();
    // Measured unless the person says it is a milestone: the metric's fields are there at once.
    expect(await page.getByLabel('Measure it with a number').isChecked()).toBe(true);
    await page.getByLabel('Unit').waitFor();
    // No sharing yet, so no choice of who sees it: the form says goals are private.
    await page.getByText('Only you can see your goals.').waitFor();
    expect(await page.getByLabel('Who can see it').count()).toBe(0);

    const review = page.getByRole('complementary', { name: 'SMART review' });
    await review.getByText('Findings appear here as you fill in the form.').waitFor();
    expect(await review.getByText(/look good/).count()).toBe(0);
    await expectAccessible(page, 'new goal form, empty');

    // A title speaks to "specific" alone.
    await page.getByLabel('Title').fill('Speak at two meetups');
    await expect
      .poll(() => review.locator('.finding__rule').allTextContents())
      .toEqual(['Specific: Looks good.']);
    // A first attempt to save shows the whole review (and what is missing in the form).
    await page.getByRole('button', { name: 'Create goal' }).click();
    await expect.poll(() => review.locator('.finding').count()).toBe(6);
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  it('judges an edit’s pace from where the goal stands, as the goal page does, never from the baseline', async () => {
    // The books goal has moved (7 of 12): its page's review and its edit form's say the same pace.
    await openGoal(ids.books, books.title);
    const achievable = (within: Locator) =>
      within.locator('.finding').filter({ hasText: 'Achievable' }).locator('.finding__message');
    const onPage = achievable(page.getByRole('region', { name: 'SMART review' }));
    const pace = (await onPage.textContent())!;
    expect(pace).toMatch(/^This needs /);

    await page.goto(url(`/goals/${ids.books}/edit`));
    const review = page.getByRole('complementary', { name: 'SMART review' });
    await expect.poll(() => achievable(review).textContent()).toBe(pace);
    // A new target of 20 books: what is left of it, from where the goal stands, over the 240 days
    // to the due date: (20 − current)/240·7 a week, written with two decimals below 1.
    const { current } = (await goalNamed(books.title)).progress;
    const perWeek = ((20 - current!) / 240) * 7;
    const written = perWeek.toLocaleString('en-US', { maximumFractionDigits: perWeek < 1 ? 2 : 1 });
    await page.getByLabel('Target').fill('20');
    await expect
      .poll(() => achievable(review).textContent())
      .toMatch(new RegExp(`^This needs ${written.replace('.', '\\.')} books a week`));
    // Nothing was saved by reviewing the change.
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect((await goalNamed(books.title)).metric!.target).toBe(12);
  });
});

/** The control is marked invalid, and the first of its descriptions is an error (containing `text`, if given). */
async function expectErrorBeside(control: Locator, text?: string): Promise<void> {
  await expect.poll(() => control.getAttribute('aria-invalid')).toBe('true');
  const errorId = ((await control.getAttribute('aria-describedby')) ?? '').split(' ')[0]!;
  const error = control.page().locator(`[id="${errorId}"]`);
  expect(await error.getAttribute('class')).toContain('field__error');
  if (text) expect(await error.textContent()).toContain(text);
}
