// Contacts for property tests of the vCard export: single-line text with single spaces (as the
// API keeps names, companies and tags), any labels, e-mails zod accepts, phones with digits.
import fc from 'fast-check';
import { EmailAddress } from '../../../shared/network/contact.schema.ts';
import type { CardContact } from './vcard.writer.ts';

/** Single-line text with single spaces, as the reader gives it back. */
const line = (max: number) =>
  fc
    .string({
      unit: fc.constantFrom('a', 'Z', 'é', 'ß', '中', '😀', ',', ';', '\\', ':', '"', ' ', '-'),
      maxLength: max,
    })
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 0);
const email = fc.emailAddress().filter((e) => EmailAddress.safeParse(e).success);
const label = fc.option(fc.oneof(fc.constantFrom('work', 'home', 'mobile', 'work fax', 'pager'), line(20)), {
  nil: null,
});
/** Contacts as the API keeps them, of the shapes the export must carry through. */
export const contactArbitrary: fc.Arbitrary<CardContact> = fc.record({
  id: fc.uuid(),
  name: line(60),
  emails: fc.uniqueArray(fc.record({ value: email, label }), {
    maxLength: 3,
    selector: (e) => e.value.toLowerCase(),
  }),
  phones: fc.uniqueArray(fc.record({ value: fc.stringMatching(/^\+?[0-9][0-9 ()-]{0,15}[0-9]$/), label }), {
    maxLength: 3,
    selector: (p) => p.value.replace(/\D/g, ''),
  }),
  company: fc.option(line(40), { nil: null }),
  position: fc.option(line(40), { nil: null }),
  linkedinUrl: fc.option(
    fc.constantFrom('https://www.linkedin.com/in/a-b', 'https://linkedin.com/in/x?y=1,2'),
    {
      nil: null,
    },
  ),
  notes: fc.option(
    fc
      .string({ unit: fc.constantFrom('n', 'ø', '\n', ',', ';', '\\', ' '), maxLength: 80 })
      .map((s) => s.trim())
      .filter(Boolean),
    { nil: null },
  ),
  tags: fc.uniqueArray(line(20), { maxLength: 4, selector: (t) => t.toLowerCase() }),
});
