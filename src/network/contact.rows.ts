// What a contact's row holds besides what was given: the key columns that order, search and match
// it, written from the fields whenever they change, and its JSON lists read back.
import type { ContactRole } from '../../shared/network/contact.schema.ts';

export interface ContactEntry {
  value: string;
  label: string | null;
}

/** The fields the derived columns are worked out from. */
export interface ContactFields {
  name: string;
  emails: readonly ContactEntry[];
  phones: readonly ContactEntry[];
  company: string | null;
  position: string | null;
  linkedinUrl: string | null;
  tags: readonly string[];
  roles: readonly ContactRole[];
}

/** A name in lower case with single spaces: how names sort and are compared. */
export const nameKey = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** A profile's key from its parsed address. */
const keyOf = (parsed: URL): string => {
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  let path = parsed.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A stray % is kept as it is.
  }
  return `${host}${path.toLowerCase().replace(/\/+$/, '')}`;
};

/**
 * A LinkedIn profile's address as host and path in lower case, without `www.`, the scheme, a query
 * or a trailing slash: `https://www.linkedin.com/in/Ann-Lee/` → `linkedin.com/in/ann-lee`.
 */
export function linkedinKey(url: string | null): string | null {
  if (url === null) return null;
  try {
    return keyOf(new URL(url.trim()));
  } catch {
    return url.trim().toLowerCase();
  }
}

/** An http(s) address with a host, and its profile key, parsed once; null for anything else. */
export function profileOf(url: string): { url: string; key: string } | null {
  // An address holds no white space or control characters (a NUL would not even be stored).
  if (!url || /[\s\p{Cc}]/u.test(url)) return null;
  try {
    const parsed = new URL(url);
    if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.hostname === '') return null;
    return { url, key: keyOf(parsed) };
  } catch {
    return null;
  }
}

/** The columns worked out from the fields. */
export function derivedColumns(fields: ContactFields) {
  const tags = fields.tags.map((t) => t.toLowerCase());
  return {
    name_key: nameKey(fields.name),
    emails: JSON.stringify(fields.emails),
    phones: JSON.stringify(fields.phones),
    tags: JSON.stringify(fields.tags),
    tag_keys: tags.length ? `\n${tags.join('\n')}\n` : '',
    roles: JSON.stringify(fields.roles),
    linkedin_key: linkedinKey(fields.linkedinUrl),
    search: [
      fields.name,
      fields.company ?? '',
      fields.position ?? '',
      ...fields.emails.map((e) => e.value),
      ...fields.tags,
    ]
      .join('\n')
      .toLowerCase(),
  };
}

/** A JSON list column read back; [] for anything else (a row written by hand, say). */
export function listOf<T>(column: string): T[] {
  try {
    const value: unknown = JSON.parse(column);
    return Array.isArray(value) ? (value as T[]) : [];
  } catch {
    return [];
  }
}

/** `%` and `_` match themselves: a LIKE pattern finds the text as typed. */
export const likeEscape = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);
