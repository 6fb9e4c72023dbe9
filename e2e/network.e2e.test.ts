import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../test/fixtures.ts';
import {
  apiAs,
  expectAccessible,
  fitsWidth,
  journeyContext,
  launchChromium,
  signUpThroughForm,
} from './support/browser.ts';
import { ensureWebBuilt, type RunningServer, startServer } from './support/server.ts';

// The network in the browser: a contact added through the form with a 14-day cadence; the due list
// once its clock has run out (an interaction logged 20 days ago through the API); a follow-up marked
// done; an interaction logged with the quick form, counting on a goal, that takes the contact off
// the due list; the defaults by role; a LinkedIn export imported twice; Home's "Keep in touch"; the
// phone width. The server runs on the real clock, so every date is derived from today (UTC, the
// browser's zone and so the account's). Expected numbers are worked out here, never with the
// server's or the web's own code.

const DAY_MS = 86_400_000;
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const today = isoOf(Date.now());
/** The date `days` after `date` (before, when negative). */
const shift = (date: string, days: number) => isoOf(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS);
/** Whole days from `a` to `b`. */
const daysFrom = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / DAY_MS);
/** A date as the web writes it for an en-US browser: "Nov 26, 2026". */
const shown = (date: string) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );

const ADA = {
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  phone: '+44 20 7946 0018',
  company: 'Analytical Engines',
  position: 'Mathematician',
  tags: 'maths, engines',
  cadence: 14,
  connectedOn: shift(today, -400),
};
// Ada's clock: her last interaction 20 days ago, every 14 days, so next contact was 6 days ago.
const ADA_LAST = shift(today, -20);
const ADA_NEXT = shift(ADA_LAST, ADA.cadence);
const ADA_OVERDUE = daysFrom(ADA_NEXT, today);

// Grace: a peer without a cadence of her own; a call 10 days ago with a follow-up 2 days ago.
const GRACE = {
  name: 'Grace Hopper',
  company: 'US Navy',
  call: shift(today, -10),
  followUp: shift(today, -2),
};
const GRACE_FOLLOW_UP_LATE = daysFrom(GRACE.followUp, today);
// The peer default set later: 30 days from her call.
const PEER_DEFAULT = 30;

const GOAL = 'Meet 24 people';
const LEVEL_GOAL = 'Reach 10 referrals';
// The quick form's follow-up: 5 days ahead, within the week the due list looks at.
const FOLLOW_UP_IN = 5;

/** LinkedIn's connections, written here (no one's real data) with the format's quirks. */
const CONNECTIONS = [
  // Trailing spaces in a name, no e-mail.
  [
    'Margaret ',
    'Hamilton ',
    'https://www.linkedin.com/in/e2e-margaret-hamilton',
    '',
    'Apollo Guidance',
    'Lead',
    '30 May 2024',
  ],
  // A comma inside a field, and an e-mail.
  [
    'Katherine',
    'Johnson, PhD',
    'https://www.linkedin.com/in/e2e-katherine-johnson',
    'kj@example.com',
    'NASA',
    'Mathematician',
    '02 Jun 2022',
  ],
  // Empty except the date: skipped.
  ['', '', '', '', '', '', '02 Jun 2022'],
  // Doubled quotes.
  [
    'Dorothy',
    'Vaughan',
    'https://www.linkedin.com/in/e2e-dorothy-vaughan',
    '',
    'NACA "West Computers"',
    'Supervisor',
    '15 Jan 2023',
  ],
  ['Mary', 'Jackson', 'https://www.linkedin.com/in/e2e-mary-jackson', '', 'NACA', 'Engineer', '1 Mar 2021'],
];
const csvField = (field: string) => (/[",\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field);
/** The real export's preamble and header, then the rows above; no final newline, as LinkedIn writes it. */
const LINKEDIN_CSV =
  readFileSync(fixture('linkedin', 'Connections.preamble-and-header.2024-12.csv'), 'utf8') +
  CONNECTIONS.map((row) => row.map(csvField).join(',')).join('\n');
// Data rows are counted from 1 below the header: rows with a first or last name become contacts.
const NAMED = CONNECTIONS.filter(([first = '', last = '']) => `${first}${last}`.trim() !== '');
const NAMELESS_ROWS = CONNECTIONS.flatMap(([first = '', last = ''], i) =>
  `${first}${last}`.trim() === '' ? [i + 1] : [],
);

/** A vCard 3.0 file, written here: a new person, a card with Ada's e-mail (in another case), no name. */
const VCARDS = [
  ['FN:Hedy Lamarr', 'N:Lamarr;Hedy;;;', 'EMAIL;TYPE=work:hedy@example.com', 'ORG:MGM'],
  ['FN:Augusta Ada King', 'EMAIL:ADA@Example.com', 'TEL;TYPE=cell:+44 20 7946 0019'],
  ['EMAIL:nobody@example.com'],
];
const VCARD_FILE = VCARDS.map((lines) =>
  ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD'].join('\r\n'),
).join('\r\n');
// A card with a name merges into the contact with one of its e-mails, in any case; else it is added.
const hasName = (card: string[]) => card.some((line) => /^(FN|N)[:;]/.test(line));
const mergesIntoAda = (card: string[]) => card.some((line) => line.toLowerCase().endsWith(ADA.email));
const VCARD_ADDED = VCARDS.filter((c) => hasName(c) && !mergesIntoAda(c)).length;
const VCARD_MERGED = VCARDS.filter((c) => hasName(c) && mergesIntoAda(c)).length;
const VCARD_NAMELESS = VCARDS.flatMap((c, i) => (hasName(c) ? [] : [i + 1]));

interface ContactRow {
  id: string;
  name: string;
  lastContactedOn: string | null;
  nextContactOn: string | null;
}
interface InteractionRow {
  id: string;
  followUpDoneOn: string | null;
}

describe('the network in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const url = (path: string) => `${server.baseUrl}${path}`;
  let adaId = '';
  let graceId = '';
  let graceCallId = '';
  let goalId = '';

  const api = <T>(method: 'GET' | 'POST' | 'PATCH', path: string, data?: unknown) =>
    apiAs(page, server.baseUrl)<T>(method, path, data);
  const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 10_000 });
  const toast = () => page.locator('.toast');
  const focused = () =>
    page.evaluate(
      () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id ?? '',
    );

  /** The counts an import shows, by label. */
  function countsShown(): Promise<Record<string, number>> {
    return page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('.counts__item')].map((item) => [
          item.querySelector('dt')?.textContent ?? '',
          Number(item.querySelector('dd')?.textContent?.replace(/,/g, '')),
        ]),
      ),
    );
  }

  async function openNetwork() {
    await page.goto(url('/network'));
    await page.getByRole('heading', { level: 1, name: 'Network' }).waitFor();
  }
  const dueBlock = (name: string) => page.getByRole('region', { name: new RegExp(`^${name} \\(\\d+\\)$`) });

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

  it('signs up, lists Network after Content, and starts empty', async () => {
    await signUpThroughForm(page, server.baseUrl, {
      name: 'Charles Babbage',
      email: 'charles@example.com',
      password: 'difference engine number two',
    });

    const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
    await links.filter({ hasText: 'Network' }).waitFor();
    const nav = await links.allTextContents();
    expect(nav[nav.indexOf('Content') + 1]).toBe('Network');

    await links.filter({ hasText: 'Network' }).click();
    await page.waitForURL(url('/network'));
    await page.getByRole('heading', { level: 2, name: 'No contacts yet' }).waitFor();
    expect(
      await page.getByRole('link', { name: 'Import from LinkedIn or a vCard file' }).getAttribute('href'),
    ).toBe('/network/import');
    await expectAccessible(page, 'network page, empty');
  });

  it('adds a contact through the form with a 14-day cadence, a bad e-mail refused at its row first', async () => {
    await page.getByRole('link', { name: 'Add your first contact' }).click();
    await page.waitForURL(url('/network/contacts/new'));
    await page.getByLabel('Name', { exact: true }).fill(ADA.name);
    await page.getByLabel('Company (optional)').fill(ADA.company);
    await page.getByLabel('Position (optional)').fill(ADA.position);
    await page.getByRole('button', { name: 'Add an e-mail address' }).click();
    // The new row takes focus.
    await poll(focused).toBe('contact-emails-0');
    await page.getByLabel('E-mail 1', { exact: true }).fill('ada at example');
    await page.getByLabel('Label of e-mail 1 (optional)').fill('work');
    await page.getByRole('button', { name: 'Add a phone number' }).click();
    await page.getByLabel('Phone 1', { exact: true }).fill(ADA.phone);
    // A second phone, added then removed: focus goes back to the row before it.
    await page.getByRole('button', { name: 'Add a phone number' }).click();
    await page.getByRole('button', { name: 'Remove phone 2' }).click();
    await poll(focused).toBe('contact-phones-0');
    await page.getByRole('checkbox', { name: 'Mentor', exact: true }).check();
    await page.getByLabel('Keep in touch every … days (optional)').fill(String(ADA.cadence));
    await page.getByLabel('Connected on (optional)').fill(ADA.connectedOn);
    await page.getByLabel('Tags (optional)').fill(ADA.tags);

    await page.getByRole('button', { name: 'Add contact' }).click();
    await page.getByText('Some fields need attention.').waitFor();
    expect(await page.locator('#contact-emails-0-error').textContent()).toContain(
      'Must be an e-mail address',
    );
    await expectAccessible(page, 'contact form with an error');
    await page.getByLabel('E-mail 1', { exact: true }).fill(ADA.email);
    await page.getByRole('button', { name: 'Add contact' }).click();

    await page.waitForURL(/\/network\/contacts\/[0-9a-f-]+$/);
    adaId = page.url().split('/').pop()!;
    await page.getByRole('heading', { level: 1, name: ADA.name }).waitFor();
    await poll(() => toast().textContent()).toContain(`${ADA.name} added to your network.`);
    // Her clock starts the day she was added: next contact in 14 days.
    const clock = page.locator('.contact-clock');
    expect(await clock.textContent()).toContain(
      `Next contact${shown(shift(today, ADA.cadence))} Due in 14 days`,
    );
    expect(await clock.textContent()).toContain('CadenceEvery 14 days');
    expect(await page.locator('.contact-header__work').textContent()).toBe(
      `${ADA.position} at ${ADA.company}`,
    );
    const details = page.getByRole('region', { name: 'Details' });
    expect(await details.getByRole('link', { name: ADA.email }).getAttribute('href')).toBe(
      `mailto:${ADA.email}`,
    );
    expect(await details.getByRole('link', { name: ADA.phone }).getAttribute('href')).toBe(
      'tel:+442079460018',
    );
    expect(await details.textContent()).toContain(`Connected on${shown(ADA.connectedOn)}`);
    await expectAccessible(page, 'contact page, new contact');

    const saved = await api<ContactRow & { emails: unknown; roles: string[]; tags: string[] }>(
      'GET',
      `/contacts/${adaId}`,
    );
    expect(saved).toMatchObject({
      emails: [{ value: ADA.email, label: 'work' }],
      roles: ['mentor'],
      tags: ['maths', 'engines'],
      keepInTouchDays: ADA.cadence,
    });
  });

  it('lists her as due, 6 days overdue, once an interaction 20 days ago has run her clock out', async () => {
    await api('POST', '/interactions', { date: ADA_LAST, kind: 'meeting', contactIds: [adaId] });
    expect(ADA_OVERDUE).toBe(6);
    graceId = (
      await api<ContactRow>('POST', '/contacts', {
        name: GRACE.name,
        company: GRACE.company,
        roles: ['peer'],
      })
    ).id;
    graceCallId = (
      await api<InteractionRow>('POST', '/interactions', {
        date: GRACE.call,
        kind: 'call',
        contactIds: [graceId],
        notes: 'Promised to send the COBOL notes.',
        followUpOn: GRACE.followUp,
      })
    ).id;
    const start = shift(today, -30);
    const due = shift(today, 300);
    goalId = (
      await api<{ id: string }>('POST', '/goals', {
        title: GOAL,
        category: 'network',
        startDate: start,
        dueDate: due,
        metric: { unit: 'people', baseline: 0, target: 24, aggregation: 'sum' },
      })
    ).id;
    // A goal that takes its latest level: an interaction cannot count on it, so the form leaves it out.
    await api('POST', '/goals', {
      title: LEVEL_GOAL,
      category: 'network',
      startDate: start,
      dueDate: due,
      metric: { unit: 'referrals', baseline: 0, target: 10, aggregation: 'last' },
    });

    await openNetwork();
    const dueList = page.getByRole('list', { name: 'Due contacts, most overdue first' });
    await poll(() => dueList.getByRole('listitem').count()).toBe(1);
    const ada = dueList.getByRole('listitem').first();
    expect(await ada.getByRole('link').textContent()).toBe(ADA.name);
    expect(await ada.textContent()).toContain(`${ADA_OVERDUE} days overdue`);
    expect(await ada.textContent()).toContain(`Every 14 days · last contacted ${shown(ADA_LAST)}`);
    expect(await dueBlock('Losing touch').textContent()).toContain(
      'No one is overdue by more than a whole cadence.',
    );
    const followUps = page.getByRole('list', { name: 'Follow-ups, soonest first' });
    expect(await followUps.textContent()).toContain(GRACE.name);
    expect(await followUps.textContent()).toContain(`${GRACE_FOLLOW_UP_LATE} days overdue`);

    // The contacts, by name: Ada's row says she is overdue; Grace has no cadence yet.
    const contacts = page.getByRole('list', { name: 'Your contacts, by name' });
    await poll(() => contacts.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      ADA.name,
      GRACE.name,
    ]);
    const adaCard = contacts
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: ADA.name }) });
    expect(await adaCard.locator('.contact-clock').textContent()).toBe(
      `Last contacted${shown(ADA_LAST)}Next contact${shown(ADA_NEXT)} ${ADA_OVERDUE} days overdue`,
    );
    const graceCard = contacts
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: GRACE.name }) });
    expect(await graceCard.locator('.contact-clock').textContent()).toContain('Next contactNo cadence');
    expect(await page.locator('.network-count').textContent()).toBe('2 contacts.');
    expect(await page.getByRole('link', { name: 'Export vCard' }).getAttribute('href')).toBe(
      '/api/v1/contacts/export',
    );
    await expectAccessible(page, 'network page with due contacts');
  });

  it('narrows the contacts by a search, a role and a tag, kept in the address', async () => {
    const names = () =>
      page
        .getByRole('list', { name: 'Your contacts, by name' })
        .getByRole('heading', { level: 3 })
        .allTextContents();
    await page.getByLabel('Search').fill('navy');
    await page.waitForURL(url('/network?q=navy'));
    await poll(names).toEqual([GRACE.name]);
    expect(await page.locator('.network-count').textContent()).toBe('1 contact match.');
    await page.getByLabel('Search').fill('');
    await page.waitForURL(url('/network'));
    await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Mentor' });
    await page.waitForURL(url('/network?role=mentor'));
    await poll(names).toEqual([ADA.name]);
    await page.getByLabel('Role', { exact: true }).selectOption({ label: 'All roles' });
    // A tag on a card filters by it.
    await page.getByRole('link', { name: 'Contacts tagged engines' }).click();
    await page.waitForURL(url('/network?tag=engines'));
    await poll(names).toEqual([ADA.name]);
    // The field follows the address in a render of its own, apart from the list's.
    await poll(() => page.getByLabel('Tag', { exact: true }).inputValue()).toBe('engines');
    await page.reload();
    await poll(names).toEqual([ADA.name]);
    await expectAccessible(page, 'network page, filtered');
  });

  it('shows who to keep in touch with on Home', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    const section = page.getByRole('region', { name: 'Keep in touch' });
    await section.waitFor();
    await poll(() => section.locator('.home-section__lead').textContent()).toBe(
      '1 contact due, 1 follow-up this week.',
    );
    const overdue = section.getByRole('list', { name: 'Most overdue contacts' });
    expect(await overdue.textContent()).toBe(`${ADA.name}${ADA_OVERDUE} days overdue`);
    expect(await overdue.getByRole('link').getAttribute('href')).toBe(`/network/contacts/${adaId}`);
    expect(await section.getByRole('list', { name: 'Follow-ups this week' }).textContent()).toBe(
      `Follow up with ${GRACE.name}${GRACE_FOLLOW_UP_LATE} days overdue`,
    );
    expect(await section.getByRole('link', { name: 'See your network' }).getAttribute('href')).toBe(
      '/network',
    );
    await expectAccessible(page, 'home with people to keep in touch with');
  });

  it('marks a follow-up done from the due list', async () => {
    await openNetwork();
    await page.getByRole('button', { name: `Mark the follow-up with ${GRACE.name} done` }).click();
    await poll(() => toast().textContent()).toContain(`Follow-up with ${GRACE.name} marked done.`);
    await poll(() => dueBlock('Follow-ups').textContent()).toContain('No follow-ups in the week ahead.');
    // The last one gone, focus lands on the Follow-ups heading.
    await poll(focused).toBe('follow-ups-title');
    expect((await api<InteractionRow>('GET', `/interactions/${graceCallId}`)).followUpDoneOn).toBe(today);
  });

  it('logs a call with the quick form: it counts on the goal, and she leaves the due list', async () => {
    await page
      .getByRole('list', { name: 'Due contacts, most overdue first' })
      .getByRole('link', { name: ADA.name })
      .click();
    await page.waitForURL(url(`/network/contacts/${adaId}`));
    const form = page.getByRole('region', { name: 'Log an interaction' });
    await form.waitFor();
    expect(await form.getByLabel('Date').inputValue()).toBe(today);
    const goal = form.getByLabel('Goal it counts towards (optional)');
    await poll(() => goal.locator('option').allTextContents()).toEqual(['No goal', GOAL]);
    expect(await page.locator('#log-goal-hint').textContent()).toContain(
      `“${LEVEL_GOAL}” takes each check-in as its new level`,
    );
    await form.getByLabel('Kind').selectOption({ label: 'Call' });
    await form.getByLabel('Notes (optional)').fill('Talked about the engine’s loops.');
    await form.getByLabel('Follow up by (optional)').fill(shift(today, FOLLOW_UP_IN));
    await goal.selectOption({ label: GOAL });
    await form.getByRole('button', { name: 'Log interaction' }).click();
    await poll(() => form.locator('.log-interaction__result').textContent()).toBe(
      `Logged a call on ${shown(today)}. Counted 1 on ‘${GOAL}’.`,
    );

    // The timeline, newest first: today's call, then the meeting 20 days ago.
    const timeline = page.getByRole('list', { name: `Interactions with ${ADA.name}, newest first` });
    await poll(() => timeline.locator('time').allTextContents()).toEqual([shown(today), shown(ADA_LAST)]);
    const call = timeline.getByRole('listitem').first();
    expect(await call.textContent()).toContain('Talked about the engine’s loops.');
    expect(await call.textContent()).toContain(`Counted 1 on ‘${GOAL}’.`);
    expect(await call.textContent()).toContain(
      `Follow up by ${shown(shift(today, FOLLOW_UP_IN))}: due in ${FOLLOW_UP_IN} days`,
    );
    expect(await page.locator('.timeline__count').textContent()).toBe('2 interactions, newest first');
    // Her clock starts again today: next contact in 14 days.
    await poll(() => page.locator('.contact-clock').textContent()).toBe(
      `Last contacted${shown(today)}Next contact${shown(shift(today, ADA.cadence))} Due in 14 daysCadenceEvery 14 days`,
    );
    const saved = await api<ContactRow>('GET', `/contacts/${adaId}`);
    expect(saved).toMatchObject({ lastContactedOn: today, nextContactOn: shift(today, ADA.cadence) });
    expect((await api<{ progress: { current: number } }>('GET', `/goals/${goalId}`)).progress.current).toBe(
      1,
    );
    await expectAccessible(page, 'contact page after logging');
  });

  it('changes the older meeting inline, focus coming back to its Edit button', async () => {
    const what = `the meeting of ${shown(ADA_LAST)}`;
    await page.getByRole('button', { name: `Edit ${what}` }).click();
    const editing = page.locator('.interaction--editing');
    await editing.getByLabel('Notes (optional)').fill('Tea at the Royal Society.');
    await expectAccessible(page, 'editing an interaction');
    await editing.getByRole('button', { name: 'Save changes' }).click();
    await editing.waitFor({ state: 'detached' });
    await poll(focused).toBe(`Edit ${what}`);
    await poll(() =>
      page.getByRole('listitem').filter({ hasText: 'Tea at the Royal Society.' }).count(),
    ).toBe(1);
  });

  it('takes her off the due list, and lists her follow-up of the week', async () => {
    await openNetwork();
    await poll(() => dueBlock('Due').textContent()).toContain('No one is due.');
    const followUps = page.getByRole('list', { name: 'Follow-ups, soonest first' });
    await poll(() => followUps.textContent()).toContain(ADA.name);
    expect(await followUps.textContent()).toContain(`Due in ${FOLLOW_UP_IN} days`);
    expect(await followUps.textContent()).toContain(`on the call of ${shown(today)}`);
  });

  it('sets a default by role, and a contact without a cadence of her own takes it', async () => {
    await page.getByRole('link', { name: 'Keep-in-touch defaults' }).click();
    await page.waitForURL(url('/network/settings'));
    await page.getByRole('heading', { level: 1, name: 'Keep-in-touch defaults' }).waitFor();
    await expectAccessible(page, 'keep-in-touch defaults');
    // 731 days is beyond the two years taken: refused at its field.
    await page.getByLabel('Peer', { exact: true }).fill('731');
    await page.getByRole('button', { name: 'Save defaults' }).click();
    expect(await page.locator('#cadence-peer-error').textContent()).toContain('Must be at most 730');
    await page.getByLabel('Peer', { exact: true }).fill(String(PEER_DEFAULT));
    await page.getByRole('button', { name: 'Save defaults' }).click();
    await poll(() => toast().textContent()).toContain('Defaults saved: 1 role has one.');
    expect(await api('GET', '/network/settings')).toEqual({ cadenceByRole: { peer: PEER_DEFAULT } });

    await page.goto(url(`/network/contacts/${graceId}`));
    await page.getByRole('heading', { level: 1, name: GRACE.name }).waitFor();
    // Her clock counts from her call: 10 days ago + 30 = 20 days ahead.
    const next = shift(GRACE.call, PEER_DEFAULT);
    await poll(() => page.locator('.contact-clock').textContent()).toBe(
      `Last contacted${shown(GRACE.call)}Next contact${shown(next)} Due in ${daysFrom(today, next)} daysCadenceEvery ${PEER_DEFAULT} days (from the peer default)`,
    );
    expect(daysFrom(today, next)).toBe(20);
    // Her follow-up, done, says when.
    expect(
      await page.getByRole('list', { name: `Interactions with ${GRACE.name}, newest first` }).textContent(),
    ).toContain(`Followed up on ${shown(today)}`);
  });

  it('imports a LinkedIn export twice, finding every connection again, then a vCard file', async () => {
    await page.goto(url('/network/import'));
    await page.getByRole('heading', { level: 1, name: 'Import contacts' }).waitFor();
    await expectAccessible(page, 'import, first visit');
    const file = { name: 'Connections.csv', mimeType: 'text/csv', buffer: Buffer.from(LINKEDIN_CSV) };
    await page.getByLabel('Connections.csv', { exact: true }).setInputFiles(file);
    await page.getByRole('button', { name: 'Import connections' }).click();
    const heading = page.getByRole('heading', { level: 3, name: 'Imported “Connections.csv”' });
    await heading.waitFor();
    await poll(focused).toBe('linkedin-result-title');
    expect(NAMED.length).toBe(4);
    expect(await countsShown()).toEqual({
      'Contacts added': NAMED.length,
      Updated: 0,
      Unchanged: 0,
      'Rows skipped': NAMELESS_ROWS.length,
    });
    expect(await page.getByRole('link', { name: 'See your contacts' }).getAttribute('href')).toBe('/network');
    const table = page.getByRole('table', { name: /^Rows skipped, and why/ });
    const cells = await table
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
      );
    expect(cells.map(([row]) => Number(row))).toEqual(NAMELESS_ROWS);
    expect(NAMELESS_ROWS).toEqual([3]);
    expect(cells[0]?.[1]).toMatch(/name/i);
    await expectAccessible(page, 'import, the connections imported');

    // Again: the same connections, found by their profiles, unchanged.
    await page.getByLabel('Connections.csv', { exact: true }).setInputFiles(file);
    await page.getByRole('button', { name: 'Import connections' }).click();
    await poll(countsShown).toEqual({
      'Contacts added': 0,
      Updated: 0,
      Unchanged: NAMED.length,
      'Rows skipped': NAMELESS_ROWS.length,
    });

    // Nothing changed, so no link to see them; the first import's answer had one.
    expect(await page.getByRole('link', { name: 'See your contacts' }).count()).toBe(0);

    // A vCard file: one card added, one merged into Ada by her e-mail, one without a name skipped.
    await page.getByLabel('vCard file', { exact: true }).setInputFiles({
      name: 'contacts.vcf',
      mimeType: 'text/vcard',
      buffer: Buffer.from(VCARD_FILE),
    });
    await page.getByRole('button', { name: 'Import cards' }).click();
    await page.getByRole('heading', { level: 3, name: 'Imported “contacts.vcf”' }).waitFor();
    await poll(focused).toBe('vcard-result-title');
    expect([VCARD_ADDED, VCARD_MERGED, VCARD_NAMELESS]).toEqual([1, 1, [3]]);
    const vcardCounts = await page
      .getByRole('region', { name: 'Imported “contacts.vcf”' })
      .locator('.counts__item')
      .allTextContents();
    expect(vcardCounts).toEqual([
      `Contacts added${VCARD_ADDED}`,
      `Merged${VCARD_MERGED}`,
      `Cards skipped${VCARD_NAMELESS.length}`,
    ]);
    const cardsSkipped = page.getByRole('table', { name: /^Cards skipped, and why/ });
    expect(await cardsSkipped.locator('tbody td:first-child').allTextContents()).toEqual(
      VCARD_NAMELESS.map(String),
    );
    await expectAccessible(page, 'import, a vCard file imported');
    // Ada keeps her name and gains the card's phone.
    const ada = await api<{ name: string; phones: { value: string }[] }>('GET', `/contacts/${adaId}`);
    expect(ada.name).toBe(ADA.name);
    expect(ada.phones.map((p) => p.value)).toEqual([ADA.phone, '+44 20 7946 0019']);

    await openNetwork();
    // Ada, Grace, the four connections and the card added, by name; a name's trailing space trimmed.
    const total = 2 + NAMED.length + VCARD_ADDED;
    await poll(() => page.locator('.network-count').textContent()).toBe(`${total} contacts.`);
    const names = await page
      .getByRole('list', { name: 'Your contacts, by name' })
      .getByRole('heading', { level: 3 })
      .allTextContents();
    expect(names).toContain('Margaret Hamilton');
    expect(names).toContain('Katherine Johnson, PhD');
  });

  it('deletes a contact after asking', async () => {
    await page.getByRole('link', { name: 'Mary Jackson' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mary Jackson' }).waitFor();
    await page.getByRole('button', { name: 'Delete contact' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete Mary Jackson?' });
    await expectAccessible(page, 'deleting a contact');
    await dialog.getByRole('button', { name: 'Delete contact' }).click();
    await page.waitForURL(url('/network'));
    await poll(() => toast().textContent()).toContain('Mary Jackson deleted.');
    await poll(() => page.locator('.network-count').textContent()).toBe(
      `${1 + NAMED.length + VCARD_ADDED} contacts.`,
    );
  });

  it('fits a 375 px phone on every network page and Home', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    for (const [path, heading] of [
      ['/network', 'Network'],
      [`/network/contacts/${adaId}`, ADA.name],
      [`/network/contacts/${adaId}/edit`, 'Edit contact'],
      ['/network/contacts/new', 'Add a contact'],
      ['/network/import', 'Import contacts'],
      ['/network/settings', 'Keep-in-touch defaults'],
    ] as const) {
      await page.goto(url(path));
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await fitsWidth(page), `${path} fits 375 px`).toBe(true);
      await expectAccessible(page, `${path} at 375 px`);
    }
    // Home, with Ada's follow-up due within the week.
    await page.goto(url('/'));
    await page.getByRole('region', { name: 'Keep in touch' }).waitFor();
    // The section comes before its list (drawn by code loaded on demand), and the goals' sections load apart.
    await page.waitForLoadState('networkidle');
    expect(await fitsWidth(page), 'home fits 375 px').toBe(true);
    await expectAccessible(page, 'home at 375 px');
  });
});
