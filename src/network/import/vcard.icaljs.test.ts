// The export as ical.js (a maintained vCard 3/4 parser) reads it: the same names, e-mails and
// phones.
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { contactArbitrary } from './vcard.arbitrary.ts';
import { type CardContact, writeVcards } from './vcard.writer.ts';

const contacts: CardContact[] = [
  {
    id: '01a00000-0000-7000-8000-000000000001',
    name: 'Ada Quill, PhD; “the” \\ engineer',
    emails: [
      { value: 'ada@lattice.example', label: 'work' },
      { value: 'ada@home.example', label: 'Old; box, 2' },
    ],
    phones: [
      { value: '+1 (555) 010-0100', label: 'mobile' },
      { value: '555-0199,,12', label: null },
    ],
    company: 'Lattice Works',
    position: 'Staff Engineer',
    linkedinUrl: 'https://www.linkedin.com/in/ada-quill',
    notes: 'Two lines\nof notes, with; everything\\',
    tags: ['rust', 'speaker, writer'],
  },
  {
    id: '01a00000-0000-7000-8000-000000000002',
    name: `Zoë Ångström-${'Þórðarson'.repeat(8)} 中文 😀`,
    emails: [],
    phones: [{ value: '+46 8 123 456', label: 'work fax' }],
    company: null,
    position: null,
    linkedinUrl: null,
    notes: null,
    tags: [],
  },
];

/** What ical.js reads of each card: its name, e-mails and phones. */
function readByIcal(text: string) {
  const parsed = ICAL.parse(text);
  const jcards: unknown[] = parsed[0] === 'vcard' ? [parsed] : parsed;
  return jcards.map((jcard) => {
    const card = new ICAL.Component(jcard as unknown[]);
    const values = (name: string) => card.getAllProperties(name).map((p) => p.getFirstValue());
    return { name: card.getFirstPropertyValue('fn'), emails: values('email'), phones: values('tel') };
  });
}

const expected = (list: CardContact[]) =>
  list.map((c) => ({
    name: c.name,
    emails: c.emails.map((e) => e.value),
    phones: c.phones.map((p) => p.value),
  }));

describe('the vCard export read by ical.js', () => {
  it('parses every card back to the same names, e-mails and phones', () => {
    expect(readByIcal(writeVcards(contacts))).toEqual(expected(contacts));
  });

  it('does so for any contacts', () => {
    fc.assert(
      fc.property(fc.array(contactArbitrary, { minLength: 1, maxLength: 5 }), (list) => {
        expect(readByIcal(writeVcards(list))).toEqual(expected(list));
      }),
    );
  });
});
