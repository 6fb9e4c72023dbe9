// Contacts as a vCard 4.0 file (RFC 6350): one card each, text escaped, lines folded at 75 octets
// without splitting a character, CRLF line ends.

export interface CardContact {
  id: string;
  name: string;
  emails: readonly { value: string; label: string | null }[];
  phones: readonly { value: string; label: string | null }[];
  company: string | null;
  position: string | null;
  linkedinUrl: string | null;
  notes: string | null;
  tags: readonly string[];
}

/** Labels vCard 4.0 has a TYPE for, by the label a contact holds. */
const TYPES: Record<string, string> = {
  work: 'work',
  home: 'home',
  mobile: 'cell',
  fax: 'fax',
  pager: 'pager',
  video: 'video',
};

/**
 * A text value escaped: backslashes, commas and line breaks; semicolons only in a compound value
 * (ORG), where they separate fields. RFC 6350 lets other values leave them be, and ical.js reads
 * them back only so.
 */
export const escapeText = (text: string, compound = false): string =>
  text.replace(compound ? /[\\,;]/g : /[\\,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');

/** A content line folded after at most 75 octets, continuation lines starting with a space. */
export function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

/**
 * The lines of an e-mail or phone with its label: a TYPE where vCard has one for every word of it
 * ("work", "home fax"), else the label beside it in an Apple-style group (`item1.X-ABLabel`).
 */
function labelled(name: string, value: string, label: string | null, group: () => string): string[] {
  if (label === null) return [`${name}:${value}`];
  // Only a label of distinct lower-case words that vCard knows reads back the same from its TYPEs.
  const words = label.split(' ');
  const types = words.map((w) => TYPES[w]);
  if (types.every((t) => t !== undefined) && new Set(words).size === words.length)
    return [`${name};TYPE=${types.join(',')}:${value}`];
  const item = group();
  return [`${item}.${name}:${value}`, `${item}.X-ABLabel:${escapeText(label)}`];
}

/** One contact's card. */
function card(c: CardContact): string[] {
  let items = 0;
  const group = () => `item${++items}`;
  return [
    'BEGIN:VCARD',
    'VERSION:4.0',
    'KIND:individual',
    `UID:urn:uuid:${c.id}`,
    `FN:${escapeText(c.name)}`,
    ...c.emails.flatMap((e) => labelled('EMAIL', escapeText(e.value), e.label, group)),
    // Phones as text, as people wrote them (vCard 4.0 would rather have tel: URIs).
    ...c.phones.flatMap((p) => labelled('TEL;VALUE=text', escapeText(p.value), p.label, group)),
    ...(c.company ? [`ORG:${escapeText(c.company, true)}`] : []),
    ...(c.position ? [`TITLE:${escapeText(c.position)}`] : []),
    ...(c.linkedinUrl ? [`URL;TYPE=linkedin:${c.linkedinUrl}`] : []),
    ...(c.tags.length ? [`CATEGORIES:${c.tags.map((t) => escapeText(t)).join(',')}`] : []),
    ...(c.notes ? [`NOTE:${escapeText(c.notes)}`] : []),
    'END:VCARD',
  ];
}

/** The contacts as one vCard 4.0 file. */
export function writeVcards(contacts: readonly CardContact[]): string {
  return contacts.flatMap((c) => card(c).map(fold)).join('\r\n') + (contacts.length ? '\r\n' : '');
}
