// LinkedIn imports on both databases: the test files written from the format's quirks (their
// counts are worked out in linkedin.reader.test.ts) and the real fixture's preamble and header, raw
// and uploaded; re-imports that match and update instead of duplicating; limits and refusals.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOON_2027_05_15 } from '../../../test/factories.ts';
import { fixture } from '../../../test/fixtures.ts';
import {
  bodyOf,
  call,
  DIALECTS,
  expectError,
  expectInvalid,
  signUp,
  useTestApp,
} from '../../../test/harness.ts';
import { fixedClock } from '../../platform/clock.ts';

const URL = '/api/v1/contacts/import/linkedin';
const testdata = (name: string) => fs.readFileSync(path.join(import.meta.dirname, 'testdata', name));
const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

function form(content: string | Buffer): FormData {
  const data = new FormData();
  data.append(
    'file',
    new Blob([typeof content === 'string' ? content : new Uint8Array(content)]),
    'Connections.csv',
  );
  return data;
}

describe.each(DIALECTS)('LinkedIn imports on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(NOON_2027_05_15) });
  const csv = (cookie: string | null, body: string | Buffer) =>
    call(t.app, {
      method: 'POST',
      url: URL,
      ...(cookie ? { cookie } : {}),
      headers: { 'content-type': 'text/csv' },
      body,
    });
  const multipart = (cookie: string, body: FormData) =>
    call(t.app, { method: 'POST', url: URL, cookie, body });
  const contacts = async (cookie: string) =>
    bodyOf(await call(t.app, { url: '/api/v1/contacts', cookie }), 200, 'contacts').items;
  const named = async (cookie: string, name: string) =>
    (await contacts(cookie)).find((c: { name: string }) => c.name === name);

  it('imports both layouts, then finds every connection again instead of adding it twice', async () => {
    const { cookie } = await signUp(t.app);
    const skipped = [
      { row: 3, reason: 'has no name' },
      { row: 7, reason: 'repeats the connection of row 1' },
      { row: 11, reason: 'has no name' },
    ];
    expect(bodyOf(await csv(cookie, testdata('connections-2024.csv')), 200, 'import')).toEqual({
      added: 10,
      updated: 0,
      unchanged: 0,
      skipped,
    });
    expect(await contacts(cookie)).toHaveLength(10);
    expect(await named(cookie, 'Priya Nair, MSc, MBA, PHR')).toMatchObject({
      emails: [],
      company: 'Harbor Health, Inc.',
      position: 'People Partner',
      linkedinUrl: 'https://www.linkedin.com/in/priya-nair-test',
      connectedOn: '2023-02-14',
      addedOn: '2027-05-15',
    });
    expect(await named(cookie, 'Ada Quill')).toMatchObject({
      emails: [{ value: 'ada.quill@example.com', label: null }],
    });
    // Connected on 31 Dec 2099, after today: no date.
    expect(await named(cookie, 'Mo Future')).toMatchObject({ connectedOn: null });

    // The same file again, uploaded this time: every connection found by its profile, nothing new.
    expect(bodyOf(await multipart(cookie, form(testdata('connections-2024.csv'))), 200, 'again')).toEqual({
      added: 0,
      updated: 0,
      unchanged: 10,
      skipped,
    });

    // The 2018 layout has no profiles: Ada is found by her e-mail and Bram by his exact name, both
    // with another position now (the file's is taken); Chen and Dana are new.
    expect(bodyOf(await csv(cookie, testdata('connections-2018.csv')), 200, '2018')).toEqual({
      added: 2,
      updated: 2,
      unchanged: 0,
      skipped: [{ row: 4, reason: 'has no name' }],
    });
    expect(await contacts(cookie)).toHaveLength(12);
    expect(await named(cookie, 'Ada Quill')).toMatchObject({
      position: 'Senior Engineer',
      // Her date was there already: empty fields only are filled.
      connectedOn: '2024-05-30',
      linkedinUrl: 'https://www.linkedin.com/in/ada-quill-test',
    });
    expect(await named(cookie, 'Bram Okafor')).toMatchObject({ position: 'Data Lead', emails: [] });
    expect(await named(cookie, 'Dana Reyes')).toMatchObject({ connectedOn: '2016-02-29' });
  });

  it('matches by profile, else e-mail in any case, else exact name; fills empty fields and keeps the rest', async () => {
    const { cookie } = await signUp(t.app);
    const post = async (body: Record<string, unknown>) =>
      bodyOf(await call(t.app, { method: 'POST', url: '/api/v1/contacts', cookie, body }), 201, 'contact');
    const noor = await post({
      name: 'Noor H.',
      emails: [{ value: 'noor@example.net', label: 'work' }],
      notes: 'Met at a fair',
    });
    const otherSam = await post({ name: 'Sam', linkedinUrl: 'https://www.linkedin.com/in/another-sam' });
    await post({ name: 'Ortega', company: 'Ortega & Hijos' });
    await post({ name: 'Mo Future', company: 'Old Co' });
    const file = [
      HEADER,
      // 1: Noor by her e-mail (another case): her profile, company, position and date filled in.
      'Noor,Haddad,https://www.linkedin.com/in/noor-haddad-test,NOOR@example.net,Atlas,VP Sales,1 Jun 2024',
      // 2: this Sam has a profile, and not the stored Sam's: someone else, added.
      'Sam,,https://www.linkedin.com/in/sam-test,,Solo,Founder,15 Aug 2020',
      // 3 and 4: found by their exact names; nothing in the file to change (empty fields erase nothing).
      ',Ortega,,,,,',
      'Mo,Future,,,,,',
    ].join('\n');
    expect(bodyOf(await csv(cookie, file), 200, 'import')).toEqual({
      added: 1,
      updated: 1,
      unchanged: 2,
      skipped: [],
    });
    const after = await call(t.app, { url: `/api/v1/contacts/${noor.id}`, cookie });
    expect(bodyOf(after, 200, 'noor')).toMatchObject({
      name: 'Noor H.',
      emails: [{ value: 'noor@example.net', label: 'work' }],
      notes: 'Met at a fair',
      company: 'Atlas',
      position: 'VP Sales',
      linkedinUrl: 'https://www.linkedin.com/in/noor-haddad-test',
      connectedOn: '2024-06-01',
    });
    const sams = (await contacts(cookie)).filter((c: { name: string }) => c.name === 'Sam');
    expect(
      sams.map((s: { id: string; company: string | null }) => [s.id === otherSam.id, s.company]),
    ).toEqual([
      [true, null],
      [false, 'Solo'],
    ]);
    expect(await named(cookie, 'Mo Future')).toMatchObject({ company: 'Old Co' });
  });

  it('keeps control characters out, NUL included (PostgreSQL could not store it)', async () => {
    const { cookie } = await signUp(t.app);
    const file = `${HEADER}\nAda\u0000,Qu\u0007ill,https://www.linkedin.com/in/x\u0000y,,Lattice\u0000Works,,\n`;
    expect(bodyOf(await csv(cookie, file), 200, 'import')).toMatchObject({ added: 1 });
    expect(await contacts(cookie)).toMatchObject([
      { name: 'Ada Qu ill', company: 'Lattice Works', linkedinUrl: null },
    ]);
  });

  it('imports the real export’s preamble and header as nothing to do', async () => {
    const { cookie } = await signUp(t.app);
    const real = fs.readFileSync(fixture('linkedin', 'Connections.preamble-and-header.2024-12.csv'));
    expect(bodyOf(await csv(cookie, real), 200, 'real')).toEqual({
      added: 0,
      updated: 0,
      unchanged: 0,
      skipped: [],
    });
  });

  it('answers 413 over 10 MB, 415 for another media type, 400 for what is no export, 401 for no one', async () => {
    const { cookie } = await signUp(t.app);
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 'a');
    const raw = await csv(cookie, big);
    expectError(raw, 413, 'payload_too_large');
    expect(raw.json.error.message).toBe('The file is larger than 10 MB.');
    expectError(await multipart(cookie, form(big)), 413, 'payload_too_large');
    const notLinkedIn = await csv(cookie, 'Title,URL\nA,https://example.org\n');
    expectInvalid(notLinkedIn, 'body');
    expect(notLinkedIn.json.error.message).toBe(
      'The body is not a LinkedIn connections export: it has no header row with "First Name" and "Last Name".',
    );
    expectInvalid(await multipart(cookie, form('Title,URL\n')), 'file');
    const noFile = new FormData();
    noFile.append('note', 'no file here');
    expectInvalid(await multipart(cookie, noFile), 'file');
    expectError(
      await call(t.app, { method: 'POST', url: URL, cookie, body: { csv: HEADER } }),
      415,
      'unsupported_media_type',
    );
    expectError(
      await call(t.app, {
        method: 'POST',
        url: URL,
        cookie,
        headers: { 'content-type': 'text/vcard' },
        body: 'x',
      }),
      415,
      'unsupported_media_type',
    );
    expectError(await csv(null, HEADER), 401, 'unauthenticated');
    expect(await contacts(cookie)).toEqual([]);
  });
});
