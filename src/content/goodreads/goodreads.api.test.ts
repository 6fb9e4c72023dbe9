// Goodreads imports on both databases with the real export of the fixtures: the raw CSV and a
// multipart upload, re-imports that update in place, limits and refusals. The counts are worked out
// in goodreads.reader.test.ts; here they are the rows the API answers and keeps.
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { NOON_2027_05_15 } from '../../../test/factories.ts';
import { fixture } from '../../../test/fixtures.ts';
import {
  bodyOf,
  call,
  DIALECTS,
  expectError,
  expectInvalid,
  type SignedUp,
  signUp,
  useTestApp,
} from '../../../test/harness.ts';
import { fixedClock } from '../../platform/clock.ts';

const EXPORT = fs.readFileSync(fixture('reading-lists', 'goodreads_library_export.dr-rodriguez.csv'), 'utf8');
const URL = '/api/v1/content/import/goodreads';

function form(content: string | Buffer, field = 'file'): FormData {
  const data = new FormData();
  data.append(
    field,
    new Blob([typeof content === 'string' ? content : new Uint8Array(content)]),
    'export.csv',
  );
  return data;
}

describe.each(DIALECTS)('Goodreads imports on %s', (dialect) => {
  const t = useTestApp(dialect, {
    clock: fixedClock(NOON_2027_05_15),
    env: { TRELLIS_FEED_REFRESH_MINUTES: '0' },
  });
  let ann: SignedUp;

  const csv = (body: string | Buffer, cookie: string | null = ann.cookie) =>
    call(t.app, {
      method: 'POST',
      url: URL,
      ...(cookie ? { cookie } : {}),
      headers: { 'content-type': 'text/csv; charset=utf-8' },
      body,
    });
  const multipart = (body: FormData, cookie = ann.cookie) =>
    call(t.app, { method: 'POST', url: URL, cookie, body });
  const books = async (query = '', cookie = ann.cookie) =>
    bodyOf(await call(t.app, { url: `/api/v1/content?kind=book${query}`, cookie }), 200, 'books').items as {
      id: string;
      title: string;
      status: string;
      rating: number | null;
      takeaways: string | null;
      goodreadsBookId: string;
    }[];

  beforeAll(async () => {
    ann = await signUp(t.app);
  });

  it('adds one book per row of the raw CSV', async () => {
    expect(bodyOf(await csv(EXPORT), 200, 'import')).toEqual({
      added: 326,
      updated: 0,
      unchanged: 0,
      skipped: [],
    });
    expect(await books()).toHaveLength(326);
    expect(await books('&status=done')).toHaveLength(257);
    expect(await books('&status=queued')).toHaveLength(64);
    expect(await books('&status=abandoned')).toHaveLength(4);
    const [reading] = await books('&status=in_progress');
    expect(reading).toMatchObject({
      title: 'Warbreaker (Warbreaker, #1)',
      author: 'Brandon Sanderson',
      pages: 688,
      rating: 4,
      source: 'Goodreads',
      goodreadsBookId: '1268479',
      consumedOn: null,
    });
  });

  it('finds every book again on a re-import (multipart this time): all unchanged, none twice', async () => {
    expect(bodyOf(await multipart(form(EXPORT)), 200, 're-import')).toEqual({
      added: 0,
      updated: 0,
      unchanged: 326,
      skipped: [],
    });
    expect(await books()).toHaveLength(326);
  });

  it('updates the books the export now says otherwise of, and keeps what the person added', async () => {
    const knife = (await books()).find((b) => b.goodreadsBookId === '18119')!;
    const patched = await call(t.app, {
      method: 'PATCH',
      url: `/api/v1/content/${knife.id}`,
      cookie: ann.cookie,
      body: { takeaways: 'Dust is consciousness.' },
    });
    bodyOf(patched, 200, 'patch');
    // Row 2 (Book Id 18119) is rated 5 instead of 4; row 1 (1268479) moves from currently-reading to read.
    const changed = EXPORT.replace('"=""9780440238140""",4,4.13', '"=""9780440238140""",5,4.13').replace(
      'currently-reading,currently-reading (#1),currently-reading,',
      'read,,read,',
    );
    expect(changed).not.toBe(EXPORT);
    const added = `${changed.trimEnd()}\n99999999,A New Book,New Author,,,"=""""","=""""",0,,,,123,,,,2027/05/01,,,to-read,,,,0,,,0,,,,,\n`;
    expect(bodyOf(await csv(added), 200, 'import changes')).toEqual({
      added: 1,
      updated: 2,
      unchanged: 324,
      skipped: [],
    });
    const after = (await books()).find((b) => b.id === knife.id)!;
    expect(after).toMatchObject({ rating: 5, takeaways: 'Dust is consciousness.' });
    expect((await books()).find((b) => b.goodreadsBookId === '1268479')).toMatchObject({
      status: 'done',
      // Its Date Read, 2014/04/05.
      consumedOn: '2014-04-05',
    });
  });

  it('reports the rows it skips, by data row, and imports the rest', async () => {
    const bob = await signUp(t.app);
    const header = EXPORT.slice(0, EXPORT.indexOf('\n'));
    const rows = [
      header,
      '1,Kept,A,,,,,3,,,,100,,,2027/01/02,2026/12/01,,,read,,,,1,,,0,,,,,',
      ',No id,A,,,,,0,,,,,,,,2026/12/01,,,to-read,,,,0,,,0,,,,,',
      '1,Twice,A,,,,,0,,,,,,,,2026/12/01,,,to-read,,,,0,,,0,,,,,',
      '4,Future,A,,,,,0,,,,,,,2027/05/16,2026/12/01,,,read,,,,0,,,0,,,,,',
    ];
    expect(bodyOf(await csv(rows.join('\r\n'), bob.cookie), 200, 'import')).toEqual({
      added: 1,
      updated: 0,
      unchanged: 0,
      skipped: [
        { row: 2, reason: 'has no Book Id' },
        { row: 3, reason: 'repeats the Book Id 1 of row 1' },
        { row: 4, reason: 'was read on 2027-05-16, which is after today' },
      ],
    });
    // Bob's import is his: Ann's 327 books are not his, nor his hers.
    expect(await books('', bob.cookie)).toHaveLength(1);
    expect(await books()).toHaveLength(327);
  });

  it('answers 413 with the error body for an export over 10 MB, raw or uploaded', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 'a');
    const raw = await csv(big);
    expectError(raw, 413, 'payload_too_large');
    expect(raw.json.error.message).toBe('The file is larger than 10 MB.');
    expectError(await multipart(form(big)), 413, 'payload_too_large');
  });

  it('refuses what is no Goodreads export, another media type, and an upload without a file', async () => {
    const notGoodreads = await csv('Title,URL\nA,https://example.org\n');
    expectInvalid(notGoodreads, 'body');
    expect(notGoodreads.json.error.message).toBe(
      'The body is not a Goodreads library export: it has no "Book Id" column.',
    );
    expectInvalid(await multipart(form('Title,URL\n')), 'file');
    const noFile = new FormData();
    noFile.append('note', 'no file here');
    expectInvalid(await multipart(noFile), 'file');
    expectError(
      await call(t.app, { method: 'POST', url: URL, cookie: ann.cookie, body: { csv: EXPORT } }),
      415,
      'unsupported_media_type',
    );
    expectError(await csv(EXPORT, null), 401, 'unauthenticated');
  });
});
