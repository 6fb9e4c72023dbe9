import type { LinkedInImportSummary } from '../../../shared/network/network.schema.ts';
import type { RequestContext } from '../../platform/http/request-context.ts';
import { type ContactData, newContactRow } from '../contact.build.ts';
import { ContactRepository, type ContactRow, type MatchRow } from '../contact.repository.ts';
import { type ContactEntry, derivedColumns, listOf } from '../contact.rows.ts';
import type { LinkedInConnection, LinkedInFile } from './linkedin.reader.ts';

/** How far an import has come, for a progress bar. */
export type ImportProgress = (done: number, total: number) => void;

/** New contacts written between two reports of progress. */
const WRITE_BATCH = 1_000;

/** A connection as a new contact. */
const dataOfConnection = (c: LinkedInConnection): ContactData => ({
  name: c.name,
  emails: c.email ? [{ value: c.email, label: null }] : [],
  phones: [],
  company: c.company,
  position: c.position,
  linkedinUrl: c.linkedinUrl,
  tags: [],
  roles: [],
  howMet: null,
  notes: null,
  keepInTouchDays: null,
  connectedOn: c.connectedOn,
});

/**
 * What a connection seen again changes of its contact: its company and position as the file says
 * (when it says one), and its empty fields filled; null when nothing changes.
 */
function changesBy(row: MatchRow, c: LinkedInConnection): Partial<ContactRow> | null {
  const emails = listOf<ContactEntry>(row.emails);
  const next = {
    company: c.company ?? row.company,
    position: c.position ?? row.position,
    linkedin_url: row.linkedin_url ?? c.linkedinUrl,
    emails: emails.length > 0 || !c.email ? emails : [{ value: c.email, label: null }],
    connected_on: row.connected_on ?? c.connectedOn,
  };
  if (
    next.company === row.company &&
    next.position === row.position &&
    next.linkedin_url === row.linkedin_url &&
    next.emails === emails &&
    next.connected_on === row.connected_on
  ) {
    return null;
  }
  // The columns worked out from these fields: the search text, the profile key, the e-mails' JSON.
  const derived = derivedColumns({
    name: row.name,
    emails: next.emails,
    phones: [],
    company: next.company,
    position: next.position,
    linkedinUrl: next.linkedin_url,
    tags: listOf<string>(row.tags),
    roles: [],
  });
  return {
    ...next,
    emails: derived.emails,
    linkedin_key: derived.linkedin_key,
    search: derived.search,
  };
}

/** The person's contacts, found by LinkedIn profile, e-mail and exact name; each matched once per import. */
class Matcher {
  private readonly byProfile = new Map<string, MatchRow[]>();
  private readonly byEmail = new Map<string, MatchRow[]>();
  private readonly byName = new Map<string, MatchRow[]>();
  private readonly matched = new Set<string>();

  constructor(rows: readonly MatchRow[]) {
    const add = (map: Map<string, MatchRow[]>, key: string | null, row: MatchRow) => {
      if (key === null) return;
      const list = map.get(key);
      if (list) list.push(row);
      else map.set(key, [row]);
    };
    for (const row of rows) {
      add(this.byProfile, row.linkedin_key, row);
      for (const email of listOf<ContactEntry>(row.emails)) add(this.byEmail, email.value.toLowerCase(), row);
      add(this.byName, row.name, row);
    }
  }

  /**
   * The contact a connection is: by its profile, else its e-mail, else its exact name; never one
   * already matched in this import, nor (by e-mail or name) one with another LinkedIn profile.
   */
  find(c: LinkedInConnection): MatchRow | undefined {
    const profile = c.profileKey;
    const free = (rows: MatchRow[] | undefined, sameProfileOnly: boolean) =>
      rows?.find(
        (row) =>
          !this.matched.has(row.id) &&
          (!sameProfileOnly || row.linkedin_key === null || profile === null || row.linkedin_key === profile),
      );
    const found =
      (profile === null ? undefined : free(this.byProfile.get(profile), false)) ??
      (c.email === null ? undefined : free(this.byEmail.get(c.email.toLowerCase()), true)) ??
      free(this.byName.get(c.name), true);
    if (found) this.matched.add(found.id);
    return found;
  }
}

/**
 * Imports the connections in one transaction, under the owner's lock: a connection already among
 * the contacts is updated when the file says something new of it, else left as it is; the others
 * are added. A date of connection after today (in the person's time zone) is left out.
 */
export function importLinkedIn(
  ctx: RequestContext,
  file: LinkedInFile,
  onProgress?: ImportProgress,
): Promise<LinkedInImportSummary> {
  return ctx.scope.serialized(async (scope) => {
    const repo = new ContactRepository(scope);
    const matcher = new Matcher(await repo.matchable());
    const now = ctx.now().toISOString();
    const today = ctx.today();
    const added: ContactRow[] = [];
    let updated = 0;
    let unchanged = 0;
    let written = 0;
    // Progress counts the connections settled: found (updated or not), or added once written.
    const report = () => onProgress?.(updated + unchanged + written, file.connections.length);
    for (const [i, read] of file.connections.entries()) {
      const connection =
        read.connectedOn !== null && read.connectedOn > today ? { ...read, connectedOn: null } : read;
      const row = matcher.find(connection);
      if (!row) {
        added.push(newContactRow(dataOfConnection(connection), today, now));
      } else {
        const changes = changesBy(row, connection);
        if (changes === null) unchanged += 1;
        else {
          await repo.update(row.id, { ...changes, updated_at: now });
          updated += 1;
        }
      }
      if ((i + 1) % 1_000 === 0) report();
    }
    for (let i = 0; i < added.length; i += WRITE_BATCH) {
      const batch = added.slice(i, i + WRITE_BATCH);
      await repo.insert(batch);
      written += batch.length;
      report();
    }
    report();
    return { added: added.length, updated, unchanged, skipped: file.skipped };
  });
}
