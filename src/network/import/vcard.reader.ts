// A vCard file (several cards, versions 2.1, 3.0 and 4.0) as the contacts it holds, each with its
// place in the file, and the cards that cannot be imported, with why. A broken card is skipped and
// the others are read; only a file without any card is refused.
import { isHttpUrl } from '../../../shared/learning/learning.fields.ts';
import { URL_MAX } from '../../../shared/learning/learning.limits.ts';
import { EmailAddress, hasNoControl, PhoneNumber, phoneKey } from '../../../shared/network/contact.schema.ts';
import {
  ENTRIES_MAX,
  FIELD_MAX,
  LABEL_MAX,
  NAME_MAX,
  NOTES_MAX,
  TAG_MAX,
  TAGS_MAX,
} from '../../../shared/network/network.limits.ts';
import {
  bytesOf,
  type Property,
  propertyOf,
  splitValue,
  textOf,
  unescapeText,
  unfold,
} from './vcard.lines.ts';

export interface VcardEntry {
  value: string;
  label: string | null;
}

export interface VcardCard {
  /** The card's place in the file, from 1. */
  index: number;
  name: string;
  emails: VcardEntry[];
  phones: VcardEntry[];
  company: string | null;
  position: string | null;
  linkedinUrl: string | null;
  notes: string | null;
  tags: string[];
}

export interface VcardFile {
  cards: VcardCard[];
  skipped: { index: number; reason: string }[];
}

/** Why a file holds no vCard at all, said to the person. */
export class VcardError extends Error {}

/** Types that say nothing a person would call a label. */
const NOT_LABELS = new Set(['internet', 'pref', 'voice', 'x400', 'msg', 'text', 'uri']);

/** Text on one line, its white space runs as one space. */
const tidy = (text: string): string => text.replace(/[\s\p{Cc}]+/gu, ' ').trim();

/** The label of an e-mail or phone: an Apple-style `itemN.X-ABLabel`, else its types ("work", "mobile"). */
function labelOf(property: Property, card: Property[]): string | null {
  const grouped =
    property.group === null
      ? undefined
      : card.find((p) => p.group === property.group && p.name === 'X-ABLABEL');
  const label = grouped
    ? unescapeText(textOf(grouped))
        .trim()
        .replace(/^_\$!<(.*)>!\$_$/, (_, l: string) => l.toLowerCase())
    : [
        ...new Set(
          (property.params.get('TYPE') ?? [])
            .flatMap((t) => t.split(','))
            .map((t) => t.trim().toLowerCase())
            .map((t) => (t === 'cell' ? 'mobile' : t))
            .filter((t) => t && !NOT_LABELS.has(t) && !t.startsWith('x-')),
        ),
      ].join(' ');
  return label && hasNoControl(label) ? label.slice(0, LABEL_MAX) : null;
}

/** Each entry once (by `key`), at most as many as a contact holds. */
function unique(entries: VcardEntry[], key: (value: string) => string): VcardEntry[] {
  const seen = new Set<string>();
  return entries
    .filter((e) => {
      const k = key(e.value);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .slice(0, ENTRIES_MAX);
}

/** The name: FN, else N's parts in the order people say them (prefix, given, middle, family, suffix). */
function nameOf(card: Property[]): string {
  const fn = card.find((p) => p.name === 'FN');
  const formatted = fn ? tidy(unescapeText(textOf(fn))) : '';
  if (formatted) return formatted;
  const n = card.find((p) => p.name === 'N');
  if (!n) return '';
  const [family = '', given = '', middle = '', prefix = '', suffix = ''] = splitValue(textOf(n), ';');
  return tidy([prefix, given, middle, family, suffix].join(' ').replace(/,/g, ' '));
}

/** The first value of a property, unescaped and on one line, within `max`; null when it has none. */
function first(card: Property[], name: string, max: number, component = false): string | null {
  for (const p of card.filter((q) => q.name === name)) {
    const text = textOf(p);
    const value = tidy(component ? (splitValue(text, ';')[0] ?? '') : unescapeText(text));
    if (value) return value.slice(0, max);
  }
  return null;
}

/** A LinkedIn profile among the card's web addresses and social profiles. */
function linkedinOf(card: Property[]): string | null {
  for (const p of card.filter((q) => q.name === 'URL' || q.name === 'X-SOCIALPROFILE')) {
    const url = unescapeText(textOf(p)).trim();
    if (url.length > URL_MAX || !hasNoControl(url) || !isHttpUrl(url)) continue;
    const typed = (p.params.get('TYPE') ?? []).some((t) => t.toLowerCase() === 'linkedin');
    if (typed || /(^|\.)linkedin\.com$/i.test(new URL(url).hostname)) return url;
  }
  return null;
}

/** A card's contact, or why it cannot be imported. */
function contactOf(card: Property[], index: number): VcardCard | string {
  const name = nameOf(card);
  if (!name) return 'has no name (neither FN nor N)';
  if (name.length > NAME_MAX) return `has a name longer than ${NAME_MAX} characters`;
  const emails = card.flatMap((p) => {
    if (p.name !== 'EMAIL') return [];
    const parsed = EmailAddress.safeParse(unescapeText(textOf(p)).replace(/^mailto:/i, ''));
    return parsed.success ? [{ value: parsed.data, label: labelOf(p, card) }] : [];
  });
  const phones = card.flatMap((p) => {
    if (p.name !== 'TEL') return [];
    const parsed = PhoneNumber.safeParse(unescapeText(textOf(p)).replace(/^tel:/i, ''));
    return parsed.success ? [{ value: parsed.data, label: labelOf(p, card) }] : [];
  });
  const note = card.find((p) => p.name === 'NOTE');
  const notes = note
    ? unescapeText(textOf(note))
        .replace(/\r\n?/g, '\n')
        // Line breaks and tabs stay; other control characters (NUL, which PostgreSQL cannot keep) go.
        .replace(/\p{Cc}/gu, (c) => (c === '\n' || c === '\t' ? c : ''))
        .trim()
        .slice(0, NOTES_MAX)
    : '';
  const tags = card
    .filter((p) => p.name === 'CATEGORIES')
    .flatMap((p) => splitValue(textOf(p), ','))
    .map((t) => tidy(t).slice(0, TAG_MAX))
    .filter(Boolean);
  return {
    index,
    name,
    emails: unique(emails, (v) => v.toLowerCase()),
    phones: unique(phones, phoneKey),
    company: first(card, 'ORG', FIELD_MAX, true),
    position: first(card, 'TITLE', FIELD_MAX) ?? first(card, 'ROLE', FIELD_MAX),
    linkedinUrl: linkedinOf(card),
    notes: notes || null,
    tags: tags
      .filter((t, i) => tags.findIndex((u) => u.toLowerCase() === t.toLowerCase()) === i)
      .slice(0, TAGS_MAX),
  };
}

/** Reads every card of the file; a VcardError when it holds none. */
export function readVcards(content: Buffer): VcardFile {
  const file: VcardFile = { cards: [], skipped: [] };
  let card: Property[] | null = null;
  let index = 0;
  const unclosed = () => file.skipped.push({ index, reason: 'is not closed by END:VCARD' });
  for (const line of unfold(bytesOf(content))) {
    const property = propertyOf(line);
    if (!property) continue;
    const value = property.raw.trim().toUpperCase();
    if (property.name === 'BEGIN' && value === 'VCARD') {
      if (card) unclosed();
      index += 1;
      card = [];
    } else if (property.name === 'END' && value === 'VCARD') {
      if (!card) continue;
      const contact = contactOf(card, index);
      if (typeof contact === 'string') file.skipped.push({ index, reason: contact });
      else file.cards.push(contact);
      card = null;
    } else {
      card?.push(property);
    }
  }
  if (card) unclosed();
  if (index === 0) throw new VcardError('holds no vCard: it has no BEGIN:VCARD line');
  return file;
}
