import type { Contact } from '@shared/network/contact.schema.ts';
import { describe, expect, it } from 'vitest';
import {
  contactFields,
  contactInput,
  contactValues,
  daysOf,
  newContactValues,
  tagsOf,
  toggleRole,
} from './contactFormValues.ts';

const contact: Contact = {
  id: 'c1',
  name: 'Ada Lovelace',
  emails: [
    { value: 'ada@example.com', label: 'work' },
    { value: 'ada@home.example', label: null },
  ],
  phones: [{ value: '+44 20 7946 0018', label: 'mobile' }],
  company: 'Analytical Engines',
  position: 'Mathematician',
  linkedinUrl: 'https://www.linkedin.com/in/ada',
  howMet: 'A lecture by Babbage',
  tags: ['maths', 'engines'],
  roles: ['peer', 'mentor'],
  notes: 'Likes poetry.\nAnd numbers.',
  keepInTouchDays: 14,
  connectedOn: '2025-06-01',
  addedOn: '2026-01-05',
  cadenceDays: 14,
  lastContactedOn: null,
  nextContactOn: '2026-01-19',
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-01-05T10:00:00.000Z',
};

describe('contact form values', () => {
  it('turns an empty new form into a body with every optional field cleared', () => {
    expect(contactInput({ ...newContactValues(), name: 'Grace Hopper' })).toEqual({
      name: 'Grace Hopper',
      emails: [],
      phones: [],
      company: null,
      position: null,
      linkedinUrl: null,
      howMet: null,
      tags: [],
      roles: [],
      notes: null,
      keepInTouchDays: null,
      connectedOn: null,
    });
  });

  it('gives back the contact it was filled from', () => {
    const {
      id: _id,
      addedOn: _a,
      cadenceDays: _c,
      lastContactedOn: _l,
      nextContactOn: _n,
      createdAt: _cr,
      updatedAt: _u,
      ...fields
    } = contact;
    expect(contactInput(contactValues(contact))).toEqual(fields);
  });

  it('sends every e-mail row, an empty one included, so an issue names the row shown; labels trimmed or null', () => {
    const values = {
      ...newContactValues(),
      emails: [
        { value: 'a@example.com', label: '  work ' },
        { value: '', label: '' },
      ],
    };
    expect(contactInput(values).emails).toEqual([
      { value: 'a@example.com', label: 'work' },
      { value: '', label: null },
    ]);
  });

  it('reads tags from one box, each once in any case, the first spelling kept', () => {
    expect(tagsOf(' Rust,  conference   2025 ,rust,, RUST , Go ')).toEqual(['Rust', 'conference 2025', 'Go']);
    expect(tagsOf('  ')).toEqual([]);
  });

  it('reads a cadence as days, leaving what is no whole number for the schema', () => {
    expect(daysOf('')).toBeNull();
    expect(daysOf(' 14 ')).toBe(14);
    expect(daysOf('1.5')).toBe(1.5);
    expect(daysOf('two weeks')).toBeNaN();
  });

  it('keeps notes’ lines, without blank ends', () => {
    const values = { ...newContactValues(), notes: '\n\n  First line\nSecond line \n\n', howMet: ' \n ' };
    expect(contactInput(values).notes).toBe('  First line\nSecond line');
    expect(contactInput(values).howMet).toBeNull();
  });

  it('keeps roles in the order ticked, and unticks wherever they are', () => {
    expect(toggleRole(['peer'], 'mentor', true)).toEqual(['peer', 'mentor']);
    expect(toggleRole(['peer', 'mentor'], 'mentor', true)).toEqual(['peer', 'mentor']);
    expect(toggleRole(['peer', 'mentor', 'friend'], 'mentor', false)).toEqual(['peer', 'friend']);
  });

  it('names each row’s fields for the error summary, the lists’ own issues at their Add button', () => {
    const fields = contactFields({ emails: [{ value: '', label: '' }], phones: [] });
    expect(fields['emails.0.value']).toEqual({ id: 'contact-emails-0', label: 'E-mail 1' });
    expect(fields['emails.0.label']).toEqual({
      id: 'contact-emails-0-label',
      label: 'Label of e-mail 1 (optional)',
      name: 'Label of e-mail 1',
    });
    expect(fields.emails?.id).toBe('contact-emails-add');
    expect(fields['phones.0.value']).toBeUndefined();
    expect(fields.roles?.id).toBe('contact-role-mentor');
  });
});
