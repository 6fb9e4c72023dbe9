// vCard imports and the export on both databases: every real file of the fixtures at once, merges
// into the account and within a file, a partly broken file, and the export read back.
import fs from 'node:fs';
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
import { readVcards } from './vcard.reader.ts';

const URL = '/api/v1/contacts/import/vcard';

/** Every .vcf file of the fixtures, by folder and name, one after the other. */
function allFixtures(): string {
  return ['ez-vcard', 'icaljs-parser-pairs', 'node-vcf']
    .flatMap((folder) =>
      fs
        .readdirSync(fixture('vcard', folder))
        .filter((f) => f.endsWith('.vcf'))
        .sort()
        .map((f) => fs.readFileSync(fixture('vcard', folder, f), 'latin1')),
    )
    .join('\r\n');
}

describe.each(DIALECTS)('vCard imports and export on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(NOON_2027_05_15) });
  const vcard = (cookie: string | null, body: string | Buffer, type = 'text/vcard') =>
    call(t.app, {
      method: 'POST',
      url: URL,
      ...(cookie ? { cookie } : {}),
      headers: { 'content-type': type },
      body: typeof body === 'string' ? Buffer.from(body, 'latin1') : body,
    });
  const contacts = async (cookie: string) =>
    bodyOf(await call(t.app, { url: '/api/v1/contacts', cookie }), 200, 'contacts').items;
  const post = async (cookie: string, body: Record<string, unknown>) =>
    bodyOf(await call(t.app, { method: 'POST', url: '/api/v1/contacts', cookie, body }), 201, 'contact');

  it('imports the 27 cards of every real file: 18 added, 6 merged, 3 without a name skipped', async () => {
    const { cookie } = await signUp(t.app);
    // In file order, the cards are numbered: ez-vcard 1–12, icaljs 13–17, node-vcf 18–27. Merged,
    // by e-mail: Simon Perreault of vcard_author (16) into rfc6350's (11); the three Erikas of
    // multiple.vcf (19–21) into empty-lines' (18); Forrest Gump in 3.0 and 4.0 (25, 26) into 2.1's
    // (24). Skipped: vcard_grouped (17), photo-base64 (22), quoted-list (23).
    expect(bodyOf(await vcard(cookie, allFixtures()), 200, 'import')).toEqual({
      added: 18,
      merged: 6,
      skipped: [
        { index: 17, reason: 'has no name (neither FN nor N)' },
        { index: 22, reason: 'has no name (neither FN nor N)' },
        { index: 23, reason: 'has no name (neither FN nor N)' },
      ],
    });
    const list = await contacts(cookie);
    expect(list).toHaveLength(18);
    const erika = list.find((c: { name: string }) => c.name === 'Dr. Erika Mustermann');
    // Phones united by their digits: +49-221-9999123 is +49 221 9999123; the 2.1 card's (0221) are new.
    expect(erika.phones.map((p: { value: string }) => p.value)).toEqual([
      '+49 221 9999123',
      '+49 221 1234567',
      '(0221) 9999123',
      '(0221) 1234567',
    ]);
    expect(erika).toMatchObject({
      company: 'Wikimedia',
      emails: [{ value: 'erika@mustermann.de', label: null }],
    });
    expect(list.find((c: { name: string }) => c.name === 'Hans-Peter Mustermann')).toMatchObject({
      company: 'Example GmbH',
      tags: ['Consulting'],
    });
  });

  it('merges a card into a contact by e-mail or by name and phone, filling only what is empty', async () => {
    const { cookie } = await signUp(t.app);
    const ann = await post(cookie, {
      name: 'Ann Lee',
      emails: [{ value: 'ann@example.com' }],
      company: 'Acme',
    });
    const bo = await post(cookie, {
      name: 'Bo Ek',
      phones: [{ value: '+46 70 123 45 67', label: 'mobile' }],
    });
    const file = [
      // 1: Ann by her e-mail, in another case: her name and company stay; a phone, title and note are new.
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann L.\r\nEMAIL:ANN@example.com\r\nTEL;TYPE=WORK:+1 555 0100\r\n' +
        'ORG:Other Co\r\nTITLE:CTO\r\nNOTE:Met at the fair\r\nEND:VCARD',
      // 2: Bo by his name (in another case) and phone (other spacing): his e-mail is new.
      'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:bo ek\r\nTEL:+46701234567\r\nEMAIL:bo@example.se\r\nEND:VCARD',
      // 3: a new person; 4: the same person again, by e-mail: merged into 3, a phone added.
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cai Fox\r\nEMAIL:cai@example.org\r\nEND:VCARD',
      'BEGIN:VCARD\r\nVERSION:2.1\r\nN:Fox;Cai\r\nEMAIL;INTERNET:cai@example.org\r\nTEL;CELL:+44 7700 900000\r\nEND:VCARD',
      // 5: same name as Bo but another phone: someone else.
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo Ek\r\nTEL:+46 8 000 000\r\nEND:VCARD',
      // 6: never closed before the next card; 7: no name; 8: a last card, fine.
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Half\r\n',
      'BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:x@example.com\r\nEND:VCARD',
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dee\r\nEND:VCARD\r\n',
    ].join('\r\n');
    expect(bodyOf(await vcard(cookie, file), 200, 'import')).toEqual({
      added: 3,
      merged: 3,
      skipped: [
        { index: 6, reason: 'is not closed by END:VCARD' },
        { index: 7, reason: 'has no name (neither FN nor N)' },
      ],
    });
    expect(
      bodyOf(await call(t.app, { url: `/api/v1/contacts/${ann.id}`, cookie }), 200, 'ann'),
    ).toMatchObject({
      name: 'Ann Lee',
      emails: [{ value: 'ann@example.com', label: null }],
      phones: [{ value: '+1 555 0100', label: 'work' }],
      company: 'Acme',
      position: 'CTO',
      notes: 'Met at the fair',
    });
    expect(bodyOf(await call(t.app, { url: `/api/v1/contacts/${bo.id}`, cookie }), 200, 'bo')).toMatchObject({
      name: 'Bo Ek',
      emails: [{ value: 'bo@example.se', label: null }],
      phones: [{ value: '+46 70 123 45 67', label: 'mobile' }],
    });
    const names = (await contacts(cookie)).map((c: { name: string; phones: unknown[] }) => [
      c.name,
      c.phones.length,
    ]);
    expect(names).toEqual([
      ['Ann Lee', 1],
      ['Bo Ek', 1],
      ['Bo Ek', 1],
      ['Cai Fox', 1],
      ['Dee', 0],
    ]);
  });

  it('exports every contact as vCard 4.0 that reads back to the same names, e-mails and phones', async () => {
    const { cookie } = await signUp(t.app);
    bodyOf(await vcard(cookie, allFixtures()), 200, 'import');
    await post(cookie, {
      name: 'Zoë Ångström, CTO; “Z”',
      emails: [{ value: 'zoe@example.se', label: 'Old; box' }],
      phones: [{ value: '+46 8 123 456', label: 'work fax' }],
      notes: 'Two lines\nand a \\ backslash',
      linkedinUrl: 'https://www.linkedin.com/in/zoe-test',
      tags: ['climate, energy'],
    });
    const res = await call(t.app, { url: '/api/v1/contacts/export', cookie });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/vcard; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="trellis-contacts.vcf"');
    const text = res.json as string;
    expect(text.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).toBe(true);
    const list = await contacts(cookie);
    const read = readVcards(Buffer.from(text, 'utf8'));
    expect(read.skipped).toEqual([]);
    const shape = (c: { name: string; emails: unknown[]; phones: unknown[] }) => ({
      name: c.name,
      emails: c.emails,
      phones: c.phones,
    });
    expect(read.cards.map(shape)).toEqual(list.map(shape));
    expect(read.cards.find((c) => c.name.startsWith('Zoë'))).toMatchObject({
      notes: 'Two lines\nand a \\ backslash',
      linkedinUrl: 'https://www.linkedin.com/in/zoe-test',
      tags: ['climate, energy'],
    });

    // Into another account and back again: every card with an e-mail, or a name and a phone, merges.
    const other = await signUp(t.app);
    const first = bodyOf(await vcard(other.cookie, Buffer.from(text, 'utf8')), 200, 'into another');
    expect(first).toEqual({ added: 19, merged: 0, skipped: [] });
    // Only Hans-Peter Mustermann has neither e-mail nor phone: he alone is added again.
    expect(bodyOf(await vcard(other.cookie, Buffer.from(text, 'utf8')), 200, 'again')).toEqual({
      added: 1,
      merged: 18,
      skipped: [],
    });
  });

  it('keeps control characters out of what it stores, NUL included, and line breaks in notes', async () => {
    const { cookie } = await signUp(t.app);
    const card =
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nu\u0000ll\r\nORG:A\u0000B\r\nNOTE:one\\ntwo\u0000\r\n' +
      'URL:https://www.linkedin.com/in/a\u0000b\r\nEND:VCARD\r\n';
    expect(bodyOf(await vcard(cookie, card), 200, 'import')).toMatchObject({ added: 1 });
    expect(await contacts(cookie)).toMatchObject([
      { name: 'Nu ll', company: 'A B', notes: 'one\ntwo', linkedinUrl: null },
    ]);
  });

  it('answers 400 for a file without a card, 413 over 10 MB, 415 for another type, 401 for no one', async () => {
    const { cookie } = await signUp(t.app);
    const none = await vcard(cookie, 'First Name,Last Name\nAda,Quill\n');
    expectInvalid(none, 'body');
    expect(none.json.error.message).toBe('The body holds no vCard: it has no BEGIN:VCARD line.');
    const upload = new FormData();
    upload.append('file', new Blob(['not a card']), 'contacts.vcf');
    expectInvalid(await call(t.app, { method: 'POST', url: URL, cookie, body: upload }), 'file');
    expectError(await vcard(cookie, Buffer.alloc(10 * 1024 * 1024 + 1, 'a')), 413, 'payload_too_large');
    expectError(await vcard(cookie, 'BEGIN:VCARD', 'text/csv'), 415, 'unsupported_media_type');
    expectError(await vcard(null, 'BEGIN:VCARD'), 401, 'unauthenticated');
    const card = new FormData();
    card.append('file', new Blob(['BEGIN:VCARD\r\nFN:Up Loaded\r\nEND:VCARD\r\n']), 'contacts.vcf');
    expect(
      bodyOf(await call(t.app, { method: 'POST', url: URL, cookie, body: card }), 200, 'upload'),
    ).toEqual({
      added: 1,
      merged: 0,
      skipped: [],
    });
  });
});
