import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiAs,
  expectAccessible,
  fitsWidth,
  journeyContext,
  launchChromium,
  signUpThroughForm,
} from './support/browser.ts';
import { ensureWebBuilt, type RunningServer, startServer } from './support/server.ts';

// Learning and practice (issue 10) in the browser: a course linked to a goal in hours and to a skill,
// added through the form; time logged with the quick form, checking in on the goal, then changed and
// deleted, the goal following each time; a certification's expiry on the Home page; practice by week;
// the ledger on the Skills page and a skill's own page; the phone width. The server runs on the real
// clock, so every date is derived from today (UTC, the browser's zone and so the account's). Expected
// numbers are worked out here, by hand, never with the server's or the web's own code.

const DAY_MS = 86_400_000;
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const today = isoOf(Date.now());
/** The date `days` after `date` (before, when negative). */
const shift = (date: string, days: number) => isoOf(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS);
/** A date as the web writes it for an en-US browser: "Nov 26, 2026". */
const shown = (date: string) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
const yesterday = shift(today, -1);

/** The Monday of the ISO week of `date`, worked out from its weekday (Sunday is 0 to getUTCDay). */
const mondayOf = (date: string) => shift(date, -((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7));

// The goal: 0 → 20 hours, from 30 days ago to 60 days ahead.
const GOAL = { title: 'Study 20 hours', start: shift(today, -30), due: shift(today, 60), target: 20 };
const COURSE = 'Kubernetes the Hard Way';
const CERTIFICATION = 'Certified Kubernetes Administrator';
const SKILL = 'Kubernetes';

// Time logged on the course, in minutes: 90 today, 45 yesterday; the second becomes 60; the first goes.
const FIRST = 90;
const SECOND = 45;
const SECOND_EDITED = 60;
// A goal in hours takes minutes / 60: 90 + 45 = 135 minutes = 2.25 h; 90 + 60 = 150 = 2.5 h; 60 = 1 h.
const hours = (...minutes: number[]) => minutes.reduce((a, b) => a + b, 0) / 60;
/** The goal page's percentage: rounded down, so 2.25 of 20 (11.25%) is 11%. */
const percent = (current: number) => Math.floor((current / GOAL.target) * 100);

// Practice, both today: 50 minutes, then "1h 10m" = 70; this week's total is 120 minutes, "2 h".
const PRACTICE = [
  { title: 'Debugged a failing rollout', time: '50', minutes: 50 },
  { title: 'Wrote a network policy for the staging cluster', time: '1h 10m', minutes: 70 },
];

interface GoalRow {
  id: string;
  title: string;
  progress: { current: number | null };
}

describe('learning and practice in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const url = (path: string) => `${server.baseUrl}${path}`;
  let goalId = '';
  let courseId = '';
  let skillId = '';

  const api = <T>(method: 'GET' | 'POST' | 'PATCH', path: string, data?: unknown) =>
    apiAs(page, server.baseUrl)<T>(method, path, data);
  const goalNow = async () => (await api<GoalRow>('GET', `/goals/${goalId}`)).progress.current;

  async function chooseSkill(label: string, name: string) {
    await page.getByRole('combobox', { name: label }).fill(name.toLowerCase());
    await page
      .getByRole('option', { name: new RegExp(`^${name}\\b`) })
      .first()
      .click();
    await page
      .getByRole('list', { name: `${label}: chosen` })
      .getByText(name, { exact: true })
      .waitFor();
  }

  async function openGoal() {
    await page.goto(url(`/goals/${goalId}`));
    await page.getByRole('heading', { level: 1, name: GOAL.title }).waitFor();
  }
  const goalBar = () => page.getByRole('progressbar', { name: `Progress of ${GOAL.title}` });
  const timeLog = () => page.getByRole('list', { name: `Time logged on ${COURSE}` });

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

  it('signs up, lists Learning and Practice after Roles, and sets up two goals through the API', async () => {
    await signUpThroughForm(page, server.baseUrl, {
      name: 'Kelsey Hightower',
      email: 'kelsey@example.com',
      password: 'containers all the way down',
    });

    const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
    await links.filter({ hasText: 'Practice' }).waitFor();
    const nav = await links.allTextContents();
    expect(nav.slice(nav.indexOf('Roles'), nav.indexOf('Roles') + 3)).toEqual([
      'Roles',
      'Learning',
      'Practice',
    ]);

    goalId = (
      await api<GoalRow>('POST', '/goals', {
        title: GOAL.title,
        category: 'learning',
        startDate: GOAL.start,
        dueDate: GOAL.due,
        metric: { unit: 'hours', baseline: 0, target: GOAL.target, aggregation: 'sum' },
      })
    ).id;
    // A goal that counts books: time cannot feed it, so the form leaves it out and says why.
    await api('POST', '/goals', {
      title: 'Read 12 books',
      category: 'content',
      startDate: GOAL.start,
      dueDate: GOAL.due,
      metric: { unit: 'books', baseline: 0, target: 12, aggregation: 'sum' },
    });

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learning' }).click();
    await page.waitForURL(url('/learning'));
    await page.getByRole('heading', { level: 2, name: 'Nothing learned here yet' }).waitFor();
    await expectAccessible(page, 'learning page, first visit');
  });

  it('adds a course linked to the goal and to a skill through the form', async () => {
    await page.getByRole('link', { name: 'Add your first activity' }).click();
    await page.waitForURL(url('/learning/new'));
    await page.getByLabel('Title').fill(COURSE);
    await page.getByLabel('Status').selectOption({ label: 'In progress' });
    await page.getByLabel('Provider (optional)').fill('Kelsey Hightower on GitHub');
    await page.getByLabel('Format').selectOption({ label: 'Online' });
    await page.getByLabel('Hours planned (optional)').fill('10');
    await page.getByLabel('Cost (optional)').fill('49');
    await chooseSkill('Skills it develops (optional)', SKILL);

    // Only the goal in hours is offered; the hint says why the other is missing.
    const goal = page.getByLabel('Goal its time feeds (optional)');
    // The goals come with a request of their own: "No goal" alone until they have.
    await expect.poll(() => goal.locator('option').allTextContents()).toEqual(['No goal', GOAL.title]);
    expect(await page.locator('#activity-goal-hint').textContent()).toContain(
      '“Read 12 books” counts books, not time',
    );
    await goal.selectOption({ label: GOAL.title });
    // No credential for a course.
    expect(await page.getByRole('group', { name: 'Credential' }).count()).toBe(0);

    // A cost without its currency is refused beside the field and in the summary.
    await page.getByRole('button', { name: 'Add activity' }).click();
    await page.getByText('Some fields need attention.').waitFor();
    expect(await page.locator('#activity-currency-error').textContent()).toContain('Is required');
    await expectAccessible(page, 'activity form with an error');
    await page.getByLabel('Currency').selectOption('EUR');
    await page.getByRole('button', { name: 'Add activity' }).click();

    await page.waitForURL(/\/learning\/[0-9a-f-]+$/);
    courseId = page.url().split('/').pop()!;
    await page.getByRole('heading', { level: 1, name: COURSE }).waitFor();
    const activity = await api<{ goalId: string; skillIds: string[]; cost: unknown; status: string }>(
      'GET',
      `/learning/${courseId}`,
    );
    expect(activity).toMatchObject({ goalId, status: 'in_progress', cost: { amount: 49, currency: 'EUR' } });
    expect(activity.skillIds).toHaveLength(1);
    skillId = activity.skillIds[0]!;
    await expectAccessible(page, 'activity page');
  });

  it('logs 90 minutes today and 45 yesterday with the quick form, each checking in on the goal', async () => {
    const form = page.getByRole('region', { name: 'Log time' });
    expect(await form.getByLabel('Date').inputValue()).toBe(today);
    // 90 minutes typed as hours and minutes.
    await form.getByLabel('Time spent').fill('1h 30m');
    await form.getByRole('button', { name: 'Log time' }).click();
    await expect
      .poll(() => form.locator('.log-time__result').textContent())
      .toBe(`Logged 1 h 30 min on ${shown(today)}. Checked in ${hours(FIRST)} hours on ‘${GOAL.title}’.`);

    await form.getByLabel('Date').fill(yesterday);
    await form.getByLabel('Time spent').fill(String(SECOND));
    await form.getByLabel('Note (optional)').fill('Chapter 4: certificates');
    await form.getByRole('button', { name: 'Log time' }).click();
    await expect
      .poll(() => form.locator('.log-time__result').textContent())
      .toBe(`Logged 45 min on ${shown(yesterday)}. Checked in ${hours(SECOND)} hours on ‘${GOAL.title}’.`);

    // Hours spent: (90 + 45) / 60 = 2.25, against 10 planned.
    await expect
      .poll(() => page.locator('.activity-header__hours').textContent())
      .toContain(`${hours(FIRST, SECOND)} of 10 hours spent`);
    expect(hours(FIRST, SECOND)).toBe(2.25);
    // The log, newest first: today's entry, then yesterday's.
    await expect.poll(() => timeLog().getByRole('listitem').count()).toBe(2);
    const dates = await timeLog().locator('time').allTextContents();
    expect(dates).toEqual([shown(today), shown(yesterday)]);
    expect(await page.locator('.log-list__count').textContent()).toBe(
      '2 entries, 2 h 15 min in all, newest first',
    );
    await expectAccessible(page, 'activity page with its time log');
  });

  it('moves the goal to 2.25 of 20 hours (11%), its check-ins marked as from the learning log', async () => {
    expect(await goalNow()).toBe(hours(FIRST, SECOND));
    await openGoal();
    await expect.poll(() => goalBar().getAttribute('aria-valuenow')).toBe(String(percent(2.25)));
    expect(percent(2.25)).toBe(11);
    // The headline rounds to one decimal: 2.25 → 2.3.
    expect(await page.locator('.key-numbers__current').textContent()).toContain('2.3 hours of 20 hours');

    const checkIns = page.getByRole('region', { name: 'Check-ins' });
    const items = checkIns.getByRole('listitem');
    await expect.poll(() => items.count()).toBe(2);
    // Each names its activity once the activities have loaded ("your learning" until then).
    await expect
      .poll(async () =>
        (await items.allTextContents()).map((text) => text.includes(`From your learning log: ${COURSE}`)),
      )
      .toEqual([true, true]);
    expect(await items.first().textContent()).toContain('+1.5 hours');
    expect(await items.last().textContent()).toContain('+0.75 hours');
    // They change only with their entries: no Edit or Delete of their own.
    expect(await checkIns.getByRole('button', { name: /^(Edit|Delete) check-in/ }).count()).toBe(0);
    await expectAccessible(page, 'goal page with check-ins from the learning log');

    // The link leads back to the activity.
    await checkIns.getByRole('link', { name: COURSE }).first().click();
    await page.waitForURL(url(`/learning/${courseId}`));
  });

  it('edits the 45-minute entry to 60 minutes, and the goal follows to 2.5', async () => {
    await page.getByRole('button', { name: `Edit the entry of ${shown(yesterday)} (45 min)` }).click();
    const editing = timeLog().locator('.log-entry--editing');
    await editing.getByLabel('Time spent').fill(String(SECOND_EDITED));
    await editing.getByRole('button', { name: 'Save changes' }).click();
    await editing.waitFor({ state: 'detached' });
    // Focus returns to the entry's Edit button.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe(`Edit the entry of ${shown(yesterday)} (1 h)`);
    await expect.poll(goalNow).toBe(hours(FIRST, SECOND_EDITED));
    expect(hours(FIRST, SECOND_EDITED)).toBe(2.5);
    await expect
      .poll(() => page.locator('.activity-header__hours').textContent())
      .toContain('2.5 of 10 hours spent');
  });

  it('deletes the 90-minute entry after asking, and the goal falls to 1', async () => {
    await page.getByRole('button', { name: `Delete the entry of ${shown(today)} (1 h 30 min)` }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this entry?' });
    expect(await dialog.textContent()).toContain(`with its check-in of 1.5 hours on ‘${GOAL.title}’`);
    await expectAccessible(page, 'deleting a log entry');
    await dialog.getByRole('button', { name: 'Delete entry' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => timeLog().getByRole('listitem').count()).toBe(1);
    await expect.poll(goalNow).toBe(hours(SECOND_EDITED));

    await openGoal();
    await expect.poll(() => goalBar().getAttribute('aria-valuenow')).toBe(String(percent(1)));
    expect(await page.locator('.key-numbers__current').textContent()).toContain('1 hour of 20 hours');
    await expect
      .poll(() => page.getByRole('region', { name: 'Check-ins' }).getByRole('listitem').count())
      .toBe(1);
  });

  it('shows a certification expiring in 20 days on Home, within 30 days', async () => {
    const issued = shift(today, -710);
    const expires = shift(today, 20);
    await page.goto(url('/learning/new'));
    await page.getByLabel('Kind').selectOption({ label: 'Certification' });
    await page.getByLabel('Title').fill(CERTIFICATION);
    await page.getByLabel('Status').selectOption({ label: 'Completed' });
    const credential = page.getByRole('group', { name: 'Credential' });
    await credential.getByLabel('Issued on').fill(issued);
    await credential.getByLabel('Expires on (optional)').fill(expires);
    await credential.getByLabel('Certificate number (optional)').fill('LF-0042');
    await chooseSkill('Skills it develops (optional)', SKILL);
    await expectAccessible(page, 'certification form');
    await page.getByRole('button', { name: 'Add activity' }).click();
    await page.getByRole('heading', { level: 1, name: CERTIFICATION }).waitFor();
    expect(await page.getByRole('region', { name: 'Details' }).textContent()).toContain('Expires in 20 days');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    const renew = page.getByRole('region', { name: 'Credentials to renew' });
    await renew.waitFor();
    const item = renew.getByRole('listitem').filter({ hasText: CERTIFICATION });
    expect(await item.textContent()).toContain('Within 30 days');
    expect(await item.textContent()).toContain(`Expires in 20 days; its last valid day is ${shown(expires)}`);
    await expectAccessible(page, 'home with a credential to renew');

    // On the Learning page: the two activities by status, the certification's badge on its card.
    await page.goto(url('/learning'));
    await page.getByRole('heading', { level: 2, name: 'In progress (1)' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Completed (1)' }).waitFor();
    expect(await page.locator('.learning-page__count').textContent()).toBe(
      '2 activities: 1 in progress, 1 completed',
    );
    // The kind filter, kept in the address.
    await page.getByLabel('Kind').selectOption({ label: 'Certification' });
    await page.waitForURL(/[?&]kind=certification/);
    await expect.poll(() => page.locator('.activity-card__title').allTextContents()).toEqual([CERTIFICATION]);
    expect(await page.locator('.activity-card').textContent()).toContain('Expires in 20 days');
    await page.reload();
    await expect.poll(() => page.locator('.activity-card__title').allTextContents()).toEqual([CERTIFICATION]);
    await expectAccessible(page, 'learning page, filtered');
  });

  it('logs practice of the skill, and shows it in this week with the week’s total', async () => {
    await page.goto(url('/practice'));
    await page.getByRole('heading', { level: 1, name: 'Practice' }).waitFor();
    const form = page.getByRole('region', { name: 'Log practice' });
    expect(await form.getByLabel('Date').inputValue()).toBe(today);

    // Without a skill, the form says one is needed.
    await form.getByLabel('What you did').fill(PRACTICE[0]!.title);
    await form.getByLabel('Time spent').fill(PRACTICE[0]!.time);
    await form.getByRole('button', { name: 'Log practice' }).click();
    expect(await page.locator('#practice-skills-error').textContent()).toContain(
      'Must name at least one skill',
    );
    await chooseSkill('Skills you practised', SKILL);
    await form.getByLabel('What you learned (optional)').fill('Read the events before the logs.');
    await form.getByRole('button', { name: 'Log practice' }).click();
    await expect
      .poll(() => form.locator('.log-practice__result').textContent())
      .toContain(`Logged 50 min of practice on ${shown(today)}`);

    // The skills and the day stay for the next entry.
    expect(await form.getByRole('list', { name: 'Skills you practised: chosen' }).textContent()).toContain(
      SKILL,
    );
    await form.getByLabel('What you did').fill(PRACTICE[1]!.title);
    await form.getByLabel('Time spent').fill(PRACTICE[1]!.time);
    await form.getByRole('button', { name: 'Log practice' }).click();
    await expect
      .poll(() => form.locator('.log-practice__result').textContent())
      .toContain('Logged 1 h 10 min');

    // Both today, so both in this week (Monday to Sunday): 50 + 70 = 120 minutes, "2 h".
    const week = page.getByRole('region', { name: 'This week' });
    await expect.poll(() => week.locator('.practice-entry__title').count()).toBe(2);
    const total = PRACTICE.reduce((sum, p) => sum + p.minutes, 0);
    expect(total).toBe(120);
    const monday = mondayOf(today);
    expect(await week.locator('.practice-week__total').textContent()).toBe(
      `${shown(monday)} – ${shown(shift(monday, 6))} · 2 h in 2 entries`,
    );
    expect(await week.locator('.practice-entry__title').allTextContents()).toEqual(
      expect.arrayContaining(PRACTICE.map((p) => p.title)),
    );
    // Each entry names its skill once the skill's own request has answered ("Loading skills…" until then).
    for (const entry of await week.locator('.practice-entry').all()) {
      await expect
        .poll(() => entry.getByRole('list', { name: /^Skills practised/ }).textContent())
        .toBe(SKILL);
    }
    await expectAccessible(page, 'practice page');

    // The skill filter, kept in the address.
    await page.getByLabel('Skill', { exact: true }).selectOption({ label: SKILL });
    await page.waitForURL(new RegExp(`[?&]skillId=${skillId}`));
    await expect
      .poll(() => page.locator('.practice-log__count').textContent())
      .toBe('2 of 2 entries, 2 h in all');
  });

  it('shows the skill’s learning and practice hours in the ledger on the Skills page and on its own page', async () => {
    await page.goto(url('/skills'));
    const table = page.getByRole('table', { name: /Learning and practice by skill/ });
    await table.waitFor();
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: SKILL }) });
    const cells = await row.getByRole('cell').allTextContents();
    // Learning: the 60 minutes left on the course = 1 hour; practice: 120 minutes = 2 hours; no content.
    expect(cells.slice(0, 3)).toEqual([String(hours(SECOND_EDITED)), String(hours(50, 70)), '0']);
    expect(cells[3]).toBe(CERTIFICATION);
    expect(cells[4]).toBe(shown(yesterday));
    expect(cells[5]).toBe(shown(today));
    await expectAccessible(page, 'skills page with the ledger');

    await row.getByRole('link', { name: SKILL }).click();
    await page.waitForURL(url(`/skills/${skillId}`));
    await page.getByRole('heading', { level: 1, name: SKILL }).waitFor();
    const ledger = page.getByRole('region', { name: 'Learning and practice' });
    await expect.poll(() => ledger.textContent()).toContain('Learning1 hour');
    expect(await ledger.textContent()).toContain('Practice2 hours');
    await expect
      .poll(() =>
        page
          .getByRole('list', { name: `Learning activities for ${SKILL}` })
          .getByRole('link')
          .allTextContents(),
      )
      .toEqual(expect.arrayContaining([COURSE, CERTIFICATION]));
    // The practice comes with a request of its own, apart from the activities.
    await expect
      .poll(() =>
        page
          .getByRole('list', { name: `Practice of ${SKILL}, newest first` })
          .getByRole('link')
          .count(),
      )
      .toBe(2);
    expect(await page.getByRole('link', { name: `Log practice of ${SKILL}` }).getAttribute('href')).toBe(
      `/practice?skillId=${skillId}`,
    );
    expect(await page.getByRole('link', { name: `Add a course for ${SKILL}` }).getAttribute('href')).toBe(
      `/learning/new?skillId=${skillId}`,
    );
    await expectAccessible(page, 'skill page');
  });

  it('fits a 375 px phone on the learning and practice pages', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    for (const [path, heading] of [
      ['/learning', 'Learning'],
      [`/learning/${courseId}`, COURSE],
      ['/learning/new', 'Add a learning activity'],
      ['/practice', 'Practice'],
      [`/skills/${skillId}`, SKILL],
    ] as const) {
      await page.goto(url(path));
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await fitsWidth(page), `${path} fits 375 px`).toBe(true);
      await expectAccessible(page, `${path} at 375 px`);
    }
  });
});
