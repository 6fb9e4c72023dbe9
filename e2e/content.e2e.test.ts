import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../test/fixtures.ts';
import {
  expectAccessible,
  fitsWidth,
  journeyContext,
  launchChromium,
  signUpThroughForm,
} from './support/browser.ts';
import { type Episode, type FeedServer, startFeedServer } from './support/feed-server.ts';
import { ensureWebBuilt, type RunningServer, startServer } from './support/server.ts';

// The Content page (issue 10) in the browser: an entry added, refused without its date when done,
// found by a search kept in the address, started, finished today, edited and deleted; a podcast
// followed on a loopback server, its episodes in the inbox with their minutes, one queued and
// finished, the other dismissed, a new one found by a refresh; an HTML page refused at the address
// field; the Overcast OPML export and a Goodreads library imported with the counts worked out here;
// every state checked with axe, and the sections at 375 px. The server runs on the real clock, so
// dates are derived from today (UTC, the browser's zone and so the account's).

const DAY_MS = 86_400_000;
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const today = isoOf(Date.now());
const shift = (date: string, days: number) => isoOf(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS);
const shown = (date: string) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );

const SHOW = 'Systems in Practice';
// itunes:duration is read into whole minutes (src/content/feeds/parse/duration.ts): seconds, mm:ss or
// hh:mm:ss, rounded to the nearest minute (a half rounds up), at least 1. By hand:
// 1:02:30 = 1·3600 + 2·60 + 30 = 3750 s = 62.5 min → 63; 2710 s = 45 min 10 s → 45; 29:31 = 1771 s
// = 29.52 min → 30.
const EP2: Episode = {
  guid: 'sip-2',
  title: 'Episode 2: Feedback loops',
  pubDate: new Date(Date.now() - 2 * DAY_MS).toUTCString(),
  duration: '1:02:30',
  link: 'https://example.org/sip/2',
};
const EP1: Episode = {
  guid: 'sip-1',
  title: 'Episode 1: Stocks and flows',
  pubDate: new Date(Date.now() - 9 * DAY_MS).toUTCString(),
  duration: '2710',
  link: 'https://example.org/sip/1',
};
const EP3: Episode = {
  guid: 'sip-3',
  title: 'Episode 3: Leverage points',
  pubDate: new Date(Date.now() - 1 * DAY_MS).toUTCString(),
  duration: '29:31',
  link: 'https://example.org/sip/3',
};
/** Waits for a value, up to 10 s: each step waits for the server, a refetch and a render. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

const MINUTES = { [EP2.guid]: 63, [EP1.guid]: 45, [EP3.guid]: 30 };

const OPML = fixture('podcasts', 'opml', 'overcast-2017-flat.mrh-is.opml');
const GOODREADS = fixture('reading-lists', 'goodreads_library_export.dr-rodriguez.csv');

/**
 * What an OPML import answers for `xml`, worked out from the file: every outline with an xmlUrl
 * (nested ones too, the attribute's name in any case) is a feed; an address that is no http(s)
 * one is invalid, one listed before is existing (none is followed yet but the loopback feed, which
 * the file does not list), and the rest are added. Nothing is fetched, so the hosts do not matter.
 */
function expectedOpml(xml: string) {
  const urls: string[] = [];
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    if (tag.name !== 'outline') return;
    for (const [name, value] of Object.entries(tag.attributes)) {
      const text = String(value).trim();
      if (name.toLowerCase() === 'xmlurl' && text) urls.push(text);
    }
  });
  parser.write(xml).close();
  const counts = { added: 0, existing: 0, invalid: 0, overLimit: 0 };
  const seen = new Set<string>();
  for (const raw of urls) {
    const url = URL.canParse(raw) ? new URL(raw) : null;
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) counts.invalid += 1;
    else if (seen.has(url.href)) counts.existing += 1;
    else {
      seen.add(url.href);
      counts.added += 1;
    }
  }
  return { outlines: urls.length, counts };
}

describe('content in the browser', () => {
  let server: RunningServer;
  let feeds: FeedServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const url = (path: string) => `${server.baseUrl}${path}`;
  const sections = () => page.getByRole('navigation', { name: 'Content sections' });
  const toast = () => page.locator('.toast');
  const card = (list: Locator, title: string) =>
    list.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
  const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');

  async function openSection(name: 'Log' | 'Queue' | 'Inbox' | 'Feeds' | 'Import', path: string) {
    await sections()
      .getByRole('link', { name: new RegExp(`^${name}`) })
      .click();
    await page.waitForURL(url(path));
    await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
  }

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

  beforeAll(async () => {
    ensureWebBuilt();
    feeds = await startFeedServer(SHOW, [EP2, EP1]);
    // Loopback feeds allowed (the test's own server); no background refresh, which would fetch the
    // imported feeds from the internet.
    server = await startServer({ TRELLIS_ALLOW_PRIVATE_FEEDS: 'true', TRELLIS_FEED_REFRESH_MINUTES: '0' });
    browser = await launchChromium();
    context = await journeyContext(browser);
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await feeds?.stop();
  });

  it('signs up and lists Content in the navigation, with a first-visit card', async () => {
    await signUpThroughForm(page, server.baseUrl, {
      name: 'Donella Meadows',
      email: 'donella@example.com',
      password: 'thinking in systems 2008',
    });

    await page.getByRole('navigation').getByRole('link', { name: 'Content' }).click();
    await page.waitForURL(url('/content'));
    await page.getByRole('heading', { level: 1, name: 'Content' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Nothing logged yet' }).waitFor();
    expect(await sections().getByRole('link', { name: 'Log' }).getAttribute('aria-current')).toBe('page');
    await expectAccessible(page, 'content log, first visit');
  });

  it('refuses a done entry without its date, then adds it with every field', async () => {
    await page.getByRole('link', { name: 'Log something' }).click();
    await page.waitForURL(url('/content/new'));
    await page.getByRole('heading', { level: 1, name: 'Log something' }).waitFor();
    await page.getByLabel('Kind').selectOption('talk');
    await page.getByLabel('Title').fill('Simple Made Easy');
    await page
      .getByLabel('Web address (optional)')
      .fill('https://www.infoq.com/presentations/Simple-Made-Easy/');
    await page.getByLabel('Author (optional)').fill('Rich Hickey');
    await page.getByLabel('Source (optional)').fill('Strange Loop');
    // Choosing Done fills in today; the person empties it: the form says the date is required.
    await page.getByLabel('Status').selectOption('done');
    const date = page.getByLabel('Finished on', { exact: true });
    expect(await date.inputValue()).toBe(today);
    await date.fill('');
    await page.getByRole('button', { name: 'Add to your log' }).click();
    const summary = page.locator('.form-error');
    await summary.waitFor();
    expect(await summary.textContent()).toContain(
      'Finished on is required when the status is done: say when you finished it',
    );
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    // The summary takes focus, so the problem is read out first.
    await poll(() => page.evaluate(() => document.activeElement?.classList.contains('form-error'))).toBe(
      true,
    );
    await expectAccessible(page, 'entry form, done without a date');

    await date.fill(shift(today, -1));
    await page.getByLabel('Minutes (optional)').fill('61');
    await page.getByLabel('Rating (optional)').selectOption('5');
    await page.getByLabel('Takeaways (optional)').fill('Simple is not easy.\nChoose simple constructs.');
    await page.getByRole('combobox', { name: 'Skills it develops (optional)' }).fill('public speaking');
    await page
      .getByRole('option', { name: /^Public Speaking\b/ })
      .first()
      .click();
    await page
      .getByRole('list', { name: 'Skills it develops (optional): chosen' })
      .getByText('Public Speaking', { exact: true })
      .waitFor();
    await page.getByLabel('Discussed with (optional)').fill('Ada Lovelace, Grace Hopper');
    await expectAccessible(page, 'entry form, filled');
    await page.getByRole('button', { name: 'Add to your log' }).click();

    await page.waitForURL(url('/content'));
    const log = page.getByRole('list', { name: 'Your log' });
    const talk = card(log, 'Simple Made Easy');
    await talk.waitFor();
    // Arriving from the save, the entry's heading has focus.
    await poll(focusedId).toMatch(/^entry-/);
    // The skill's name comes with a request of its own ("Loading skills…" until then).
    await talk
      .getByRole('list', { name: 'Skills of Simple Made Easy' })
      .getByText('Public Speaking', { exact: true })
      .waitFor();
    const text = await talk.textContent();
    for (const part of [
      'Done',
      'Talk',
      'by Rich Hickey · Strange Loop',
      `Finished ${shown(shift(today, -1))}`,
      '61 minutes',
      '5 of 5',
      'Simple is not easy.',
      'Public Speaking',
      'Discussed with Ada Lovelace and Grace Hopper',
    ]) {
      expect(text).toContain(part);
    }
    expect(await talk.getByRole('link', { name: 'Simple Made Easy' }).getAttribute('href')).toBe(
      'https://www.infoq.com/presentations/Simple-Made-Easy/',
    );
    await expectAccessible(page, 'log with one entry');
  });

  it('finds entries by a search kept in the address, and narrows by kind', async () => {
    await page.getByRole('searchbox', { name: 'Search' }).fill('hickey');
    await page.waitForURL(url('/content?q=hickey'));
    await poll(() => page.locator('.content-count').textContent()).toBe('1 of 1 entry match.');
    await page.getByRole('searchbox', { name: 'Search' }).fill('nothing like it');
    await page.getByText('Nothing in your log matches these filters.').waitFor();
    await expectAccessible(page, 'log, nothing matches');
    await page.getByRole('button', { name: 'Clear the filters' }).click();
    await page.waitForURL(url('/content'));
    await page.getByLabel('Kind').selectOption('talk');
    await page.waitForURL(url('/content?kind=talk'));
    await card(page.getByRole('list', { name: 'Your log' }), 'Simple Made Easy').waitFor();
    await page.getByLabel('Kind').selectOption('');
    await page.waitForURL(url('/content'));
  });

  it('starts a queued entry, finishes it today, edits it and deletes it after asking', async () => {
    await page.getByRole('link', { name: 'Log something' }).click();
    await page.getByLabel('Title').fill('Thinking in Systems');
    await page.getByLabel('Kind').selectOption('book');
    await page.getByLabel('Pages (optional)').fill('240');
    await page.getByLabel('ISBN (optional)').fill('978-1-60358-055-7');
    await page.getByRole('button', { name: 'Add to your log' }).click();
    await page.waitForURL(url('/content'));
    const log = page.getByRole('list', { name: 'Your log' });
    const book = card(log, 'Thinking in Systems');
    await book.waitFor();
    expect(await book.textContent()).toContain('Queued');
    expect(await book.textContent()).toContain('ISBN 9781603580557');

    await book.getByRole('button', { name: 'Start' }).click();
    await poll(() => book.locator('.badge').textContent()).toBe('In progress');
    await poll(() => toast().textContent()).toContain('You started “Thinking in Systems”.');
    await poll(focusedId).toMatch(/^entry-/);
    await book.getByRole('button', { name: 'Done today' }).click();
    await poll(() => book.locator('.badge').textContent()).toBe('Done');
    expect(await book.textContent()).toContain(`Finished ${shown(today)}`);
    await expectAccessible(page, 'log after quick actions');

    await book.getByRole('link', { name: 'Edit' }).click();
    await page.waitForURL(/\/content\/[0-9a-f-]+\/edit$/);
    await page.getByRole('heading', { level: 1, name: 'Edit entry' }).waitFor();
    expect(await page.getByLabel('Title').inputValue()).toBe('Thinking in Systems');
    expect(await page.getByLabel('Finished on', { exact: true }).inputValue()).toBe(today);
    await page.getByLabel('Rating (optional)').selectOption('4');
    await expectAccessible(page, 'entry form, editing');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(url('/content'));
    await poll(() => book.locator('.rating').textContent()).toContain('4 of 5');

    await book.getByRole('button', { name: 'Delete…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete “Thinking in Systems”?' });
    await dialog.waitFor();
    await expectAccessible(page, 'delete an entry, asking');
    await dialog.getByRole('button', { name: 'Delete entry' }).click();
    await book.waitFor({ state: 'detached' });
    await poll(() => toast().textContent()).toContain('“Thinking in Systems” was deleted.');
    expect(await log.locator(':scope > li').count()).toBe(1);
  });

  it('follows the loopback podcast and lists its two episodes in the inbox with their minutes', async () => {
    await openSection('Feeds', '/content/feeds');
    await page.getByText('You follow no feeds yet.').waitFor();
    await expectAccessible(page, 'feeds, none yet');
    await page.getByLabel('Feed address').fill(feeds.url);
    await page.getByRole('button', { name: 'Follow', exact: true }).click();
    const list = page.locator('.feed-list');
    const show = card(list, SHOW);
    await show.waitFor();
    await poll(() => toast().textContent()).toContain(`You now follow “${SHOW}”: 2 items in your inbox.`);
    expect(await show.textContent()).toContain(feeds.url);
    expect(await show.textContent()).toContain('Last fetched');
    expect(await show.textContent()).toContain('2 new items');
    await expectAccessible(page, 'feeds, one followed');

    await poll(() =>
      sections()
        .getByRole('link', { name: /^Inbox/ })
        .textContent(),
    ).toBe('Inbox2 new');
    await openSection('Inbox', '/content/inbox');
    const inbox = page.getByRole('list', { name: 'New items' });
    await inbox.getByRole('listitem').first().waitFor();
    // Newest first: episode 2 (two days ago) before episode 1 (nine days ago).
    expect(await inbox.getByRole('heading', { level: 3 }).allTextContents()).toEqual([EP2.title, EP1.title]);
    for (const episode of [EP2, EP1]) {
      const text = await card(inbox, episode.title).textContent();
      expect(text).toContain(SHOW);
      expect(text).toContain(`${MINUTES[episode.guid]} minutes`);
      expect(text).toContain(shown(isoOf(Date.parse(episode.pubDate))));
    }
    expect(await page.locator('.content-count').textContent()).toBe('2 new items.');
    await expectAccessible(page, 'inbox with two episodes');
  });

  it('queues an episode: it says so, and the queue has it as a podcast episode', async () => {
    const inbox = page.getByRole('list', { name: 'New items' });
    await card(inbox, EP2.title).getByRole('button', { name: 'Queue' }).click();
    const notice = page.locator('.content-queued');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(`“${EP2.title}” is in your queue as a podcast episode.`);
    await poll(() => page.evaluate(() => document.activeElement?.className ?? '')).toContain(
      'content-queued',
    );
    await card(inbox, EP2.title).waitFor({ state: 'detached' });
    await expectAccessible(page, 'inbox after queueing');

    await notice.getByRole('link', { name: 'See it in your queue' }).click();
    await page.waitForURL(url('/content/queue'));
    const upNext = page.getByRole('region', { name: /^Up next/ });
    const episode = card(upNext, EP2.title);
    await episode.waitFor();
    expect(await episode.textContent()).toContain('Podcast episode');
    expect(await episode.textContent()).toContain(SHOW);
    expect(await episode.textContent()).toContain('63 minutes');
    await poll(focusedId).toMatch(/^entry-/);
    await expectAccessible(page, 'queue with the episode');
  });

  it('marks the episode done with a rating and takeaways: the log has it, dated today', async () => {
    const episode = card(page.getByRole('region', { name: /^Up next/ }), EP2.title);
    await episode.getByRole('button', { name: 'Done…' }).click();
    const form = page.getByRole('form', { name: `Mark “${EP2.title}” done` });
    await form.waitFor();
    const date = form.getByLabel('Finished on');
    await poll(() => date.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await date.inputValue()).toBe(today);
    expect(await form.getByLabel('Minutes (optional)').inputValue()).toBe('63');
    await form.getByLabel('Rating (optional)').selectOption('4');
    await form.getByLabel('Takeaways (optional)').fill('Balancing loops hide delays.');
    await expectAccessible(page, 'queue, marking done');
    await form.getByRole('button', { name: 'Save as done' }).click();
    await page.getByText('Your queue is empty.').waitFor();
    await expectAccessible(page, 'queue, empty');
    await poll(() => toast().textContent()).toContain(`is done: it is in your log, dated ${shown(today)}.`);

    await openSection('Log', '/content');
    const done = card(page.getByRole('list', { name: 'Your log' }), EP2.title);
    await done.waitFor();
    const text = await done.textContent();
    for (const part of [
      'Done',
      'Podcast episode',
      SHOW,
      `Finished ${shown(today)}`,
      '63 minutes',
      '4 of 5',
    ]) {
      expect(text).toContain(part);
    }
    expect(text).toContain('Balancing loops hide delays.');
    await expectAccessible(page, 'log with the episode done');
  });

  it('dismisses the other episode: the inbox is empty', async () => {
    await openSection('Inbox', '/content/inbox');
    const inbox = page.getByRole('list', { name: 'New items' });
    await card(inbox, EP1.title).getByRole('button', { name: 'Dismiss' }).click();
    await page.getByText(/^Nothing new: you have queued or dismissed everything/).waitFor();
    await poll(() => toast().textContent()).toContain(`Dismissed “${EP1.title}”.`);
    // The count beside Inbox comes with the feeds, asked again apart from the inbox.
    await poll(() =>
      sections()
        .getByRole('link', { name: /^Inbox/ })
        .textContent(),
    ).toBe('Inbox');
    await expectAccessible(page, 'inbox, empty');
  });

  it('refreshes the feed after a new episode: one new item, in the inbox', async () => {
    feeds.episodes = [EP3, EP2, EP1];
    await openSection('Feeds', '/content/feeds');
    const show = card(page.locator('.feed-list'), SHOW);
    await show.getByRole('button', { name: 'Refresh' }).click();
    await poll(() => show.getByRole('status').textContent()).toBe('1 new item, now in your inbox.');
    await expectAccessible(page, 'feeds after a refresh');
    // Nothing more since: the same feed again is no change.
    await show.getByRole('button', { name: 'Refresh' }).click();
    await poll(() => show.getByRole('status').textContent()).toMatch(/^No change/);

    await openSection('Inbox', '/content/inbox');
    const inbox = page.getByRole('list', { name: 'New items' });
    const fresh = card(inbox, EP3.title);
    await fresh.waitFor();
    expect(await inbox.getByRole('listitem').count()).toBe(1);
    expect(await fresh.textContent()).toContain(`${MINUTES[EP3.guid]} minutes`);
    await expectAccessible(page, 'inbox after the refresh');
  });

  it('refuses a web page that is no feed, saying why at the address field', async () => {
    await openSection('Feeds', '/content/feeds');
    const address = page.getByLabel('Feed address');
    await address.fill(feeds.pageUrl);
    await page.getByRole('button', { name: 'Follow', exact: true }).click();
    const error = page.locator('#feed-url-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('The address does not hold a feed');
    expect(await address.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.form-error').textContent()).toContain('The address does not hold a feed');
    // Nothing was followed.
    expect(await page.locator('.feed-list > li').count()).toBe(1);
    await expectAccessible(page, 'feeds, a page refused');
  });

  it('imports the Overcast OPML export with the counts worked out from the file', async () => {
    const { outlines, counts } = expectedOpml(readFileSync(OPML, 'utf8'));
    // The file lists 59 podcasts, each once, each over http(s).
    expect(outlines).toBe(59);
    await page.getByLabel('OPML file').setInputFiles(OPML);
    await page.getByRole('button', { name: 'Import feeds' }).click();
    await page
      .getByRole('heading', { level: 4, name: 'Imported “overcast-2017-flat.mrh-is.opml”' })
      .waitFor();
    expect(await countsShown()).toEqual({
      'Feeds added': counts.added,
      'Already followed': counts.existing,
      'Not a feed address': counts.invalid,
      'Over the limit': counts.overLimit,
    });
    await page.getByRole('heading', { level: 3, name: `Your feeds (${1 + counts.added})` }).waitFor();
    expect(await page.locator('.feed-list > li').count()).toBe(1 + counts.added);
    // Imported, not fetched: the background refresh fetches them.
    expect(await card(page.locator('.feed-list'), '99% Invisible').textContent()).toContain(
      'Not fetched yet',
    );
    expect(await page.getByRole('link', { name: 'Download your feeds as OPML' }).getAttribute('href')).toBe(
      '/api/v1/feeds/export',
    );
    await expectAccessible(page, 'feeds after the OPML import');

    // Again: every feed is followed already.
    await page.getByLabel('OPML file').setInputFiles(OPML);
    await page.getByRole('button', { name: 'Import feeds' }).click();
    await poll(countsShown).toEqual({
      'Feeds added': 0,
      'Already followed': counts.added + counts.existing,
      'Not a feed address': counts.invalid,
      'Over the limit': 0,
    });
  });

  it('imports the Goodreads library, then a file with rows it skips, by row and reason', async () => {
    await openSection('Import', '/content/import');
    await expectAccessible(page, 'import, first visit');
    await page.getByLabel('Goodreads export').setInputFiles(GOODREADS);
    await page.getByRole('button', { name: 'Import books' }).click();
    const heading = page.getByRole('heading', {
      level: 4,
      name: 'Imported “goodreads_library_export.dr-rodriguez.csv”',
    });
    await heading.waitFor();
    await poll(focusedId).toBe('goodreads-result-title');
    // The fixture's 326 rows are all books, none skipped (src/content/goodreads/goodreads.reader.test.ts).
    expect(await countsShown()).toEqual({ 'Books added': 326, Updated: 0, Unchanged: 0, 'Rows skipped': 0 });
    await page.getByText('No rows were skipped.').waitFor();
    await expectAccessible(page, 'import, the library imported');

    // Rows the import skips, after the header: row 1 is the fixture's Warbreaker as it was (unchanged),
    // row 2 has no Book Id, row 3 repeats row 1's, row 4 was read tomorrow, row 5 is a new book.
    const csv = readFileSync(GOODREADS, 'utf8');
    const lines = csv.split(/\r?\n/);
    const warbreaker = lines.find((line) => line.startsWith('1268479,'))!;
    const tomorrow = shift(today, 1);
    const rows = [
      lines[0],
      warbreaker,
      ',No id,A,,,,,0,,,,,,,,2020/12/01,,,to-read,,,,0,,,0,,,,,',
      '1268479,Twice,A,,,,,0,,,,,,,,2020/12/01,,,to-read,,,,0,,,0,,,,,',
      `4,Future,A,,,,,0,,,,,,,${tomorrow.replaceAll('-', '/')},2020/12/01,,,read,,,,0,,,0,,,,,`,
      '99999999,A New Book,New Author,,,"=""""","=""""",0,,,,123,,,,2020/05/01,,,to-read,,,,0,,,0,,,,,',
    ];
    await page.getByLabel('Goodreads export').setInputFiles({
      name: 'corrections.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(rows.join('\n')),
    });
    await page.getByRole('button', { name: 'Import books' }).click();
    await page.getByRole('heading', { level: 4, name: 'Imported “corrections.csv”' }).waitFor();
    expect(await countsShown()).toEqual({ 'Books added': 1, Updated: 0, Unchanged: 1, 'Rows skipped': 3 });
    const table = page.getByRole('table', { name: /^Rows skipped, and why/ });
    const cells = await table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(cells).toEqual([
      ['2', 'Has no Book Id.'],
      ['3', 'Repeats the Book Id 1268479 of row 1.'],
      ['4', `Was read on ${tomorrow}, which is after today.`],
    ]);
    await expectAccessible(page, 'import with skipped rows');

    // The log: the 326 books and the new one, the talk and the episode.
    await openSection('Log', '/content');
    await poll(() => page.locator('.content-count').textContent()).toBe(`${326 + 1 + 2} entries.`);
    expect(await page.getByRole('list', { name: 'Your log' }).locator(':scope > li').count()).toBe(50);
    await page.getByRole('button', { name: 'Show 50 more of 329' }).click();
    expect(await page.getByRole('list', { name: 'Your log' }).locator(':scope > li').count()).toBe(100);
    await poll(focusedId).toMatch(/^entry-/);
  });

  it('fits a 375 px phone in every section and the form', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    for (const [name, path] of [
      ['Log', '/content'],
      ['Queue', '/content/queue'],
      ['Inbox', '/content/inbox'],
      ['Feeds', '/content/feeds'],
      ['Import', '/content/import'],
    ] as const) {
      await page.goto(url(path));
      await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
      await page.locator('.loading-line').waitFor({ state: 'detached' });
      // The log's Skill filter comes after the entries, once the names of their skills have loaded.
      if (name === 'Log') await page.getByLabel('Skill', { exact: true }).waitFor();
      expect(await fitsWidth(page), `${name} at 375 px`).toBe(true);
    }
    await expectAccessible(page, 'import at 375 px');
    await page.goto(url('/content/new'));
    await page.getByRole('heading', { level: 1, name: 'Log something' }).waitFor();
    expect(await fitsWidth(page), 'the entry form at 375 px').toBe(true);
    await expectAccessible(page, 'entry form at 375 px');
  });
});
