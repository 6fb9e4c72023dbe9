// The contacts and interactions CSV files through the API, on both databases: contacts by name with
// their clock, interactions newest first with their contacts.
import { describe, expect, it } from 'vitest';
import { createdAs, fetchCsv } from '../../test/exports.ts';
import { createContact, NOON_2027_05_15 } from '../../test/factories.ts';
import { DIALECTS, signUp, useTestApp } from '../../test/harness.ts';
import { fixedClock } from '../platform/clock.ts';

const AT = NOON_2027_05_15;

describe.each(DIALECTS)('contacts and interactions as CSV on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(AT) });

  it('lists contacts by name and interactions newest first, lists joined with "; "', async () => {
    const { cookie } = await signUp(t.app);
    // Made in the other order than their names sort, so the order is the file's own.
    const bo = await createContact(t.app, cookie, { name: 'Bo Ek' });
    const ada = await createContact(t.app, cookie, {
      name: 'Ada Quill',
      emails: [{ value: 'ada@example.com', label: 'work' }, { value: 'ada@home.example' }],
      phones: [{ value: '+1 555 0100' }],
      company: 'Lattice Works',
      position: 'CTO',
      linkedinUrl: 'https://www.linkedin.com/in/ada-quill',
      howMet: 'RustConf, the hallway track',
      tags: ['rust', 'speaker'],
      roles: ['mentor', 'peer'],
      notes: 'Line one\nline two',
      keepInTouchDays: 30,
      connectedOn: '2026-09-12',
    });
    const lunch = await createdAs(t.app, cookie, '/api/v1/interactions', {
      date: '2027-05-01',
      kind: 'meeting',
      contactIds: [ada.id, bo.id],
      notes: 'Lunch, "great"',
      followUpOn: '2027-05-20',
    });
    const call = await createdAs(t.app, cookie, '/api/v1/interactions', {
      date: '2027-05-10',
      kind: 'call',
      contactIds: [ada.id],
    });

    const contacts = await fetchCsv(t.app, cookie, 'contacts');
    expect(contacts.records).toEqual([
      {
        id: ada.id,
        name: 'Ada Quill',
        // The addresses alone, without their labels.
        'e-mails': 'ada@example.com; ada@home.example',
        // A "+" would start a formula: the apostrophe keeps the number as text.
        phones: "'+1 555 0100",
        company: 'Lattice Works',
        position: 'CTO',
        'linkedin url': 'https://www.linkedin.com/in/ada-quill',
        'how met': 'RustConf, the hallway track',
        tags: 'rust; speaker',
        roles: 'mentor; peer',
        notes: 'Line one\nline two',
        'cadence days': '30',
        'connected on': '2026-09-12',
        'added on': '2027-05-15',
        // The call on 05-10 is the latest; 30 days on: May 10 + 21 = May 31, + 9 = June 9.
        'last interaction': '2027-05-10',
        'next due': '2027-06-09',
        'created at': AT,
        'updated at': AT,
      },
      {
        id: bo.id,
        name: 'Bo Ek',
        'e-mails': '',
        phones: '',
        company: '',
        position: '',
        'linkedin url': '',
        'how met': '',
        tags: '',
        roles: '',
        notes: '',
        // No cadence of its own nor a role with one: no clock, so nothing is due.
        'cadence days': '',
        'connected on': '',
        'added on': '2027-05-15',
        'last interaction': '2027-05-01',
        'next due': '',
        'created at': AT,
        'updated at': AT,
      },
    ]);

    const interactions = await fetchCsv(t.app, cookie, 'interactions');
    expect(interactions.headers).toEqual([
      'id',
      'date',
      'kind',
      'contacts',
      'contact ids',
      'notes',
      'follow-up on',
      'follow-up done on',
      'goal id',
      'created at',
      'updated at',
    ]);
    expect(interactions.records).toEqual([
      {
        id: call.id,
        date: '2027-05-10',
        kind: 'call',
        contacts: 'Ada Quill',
        'contact ids': ada.id,
        notes: '',
        'follow-up on': '',
        'follow-up done on': '',
        'goal id': '',
        'created at': AT,
        'updated at': AT,
      },
      {
        id: lunch.id,
        date: '2027-05-01',
        kind: 'meeting',
        // In the order given.
        contacts: 'Ada Quill; Bo Ek',
        'contact ids': `${ada.id}; ${bo.id}`,
        notes: 'Lunch, "great"',
        'follow-up on': '2027-05-20',
        'follow-up done on': '',
        'goal id': '',
        'created at': AT,
        'updated at': AT,
      },
    ]);
  });
});
