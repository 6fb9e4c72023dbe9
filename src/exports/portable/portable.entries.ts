// The entries of an imported document (learning and its log, practice, content, feeds, contacts,
// interactions) with new ids, made in the document's order so they sort as the originals did, and
// every link remapped. Runs in the import's transaction.
import { ContentRepository, searchText } from '../../content/content.repository.ts';
import { FeedRepository } from '../../content/feeds/feed.repository.ts';
import { type ActivityRow, LearningRepository, type LogRow } from '../../learning/learning.repository.ts';
import { columnsOf } from '../../network/contact.build.ts';
import { ContactRepository } from '../../network/contact.repository.ts';
import { InteractionRepository, type InteractionRow } from '../../network/interaction.repository.ts';
import type { OwnerScope } from '../../platform/access/access.ts';
import { newId } from '../../platform/ids.ts';
import { PracticeRepository, type PracticeRow } from '../../practice/practice.repository.ts';
import type { ImportDocument } from './portable.links.ts';

/** How the document's ids became the person's. */
export interface Remap {
  skill(id: string): string;
  goal(id: string | null): string | null;
}

/** A list of skill ids as hers, each once (two of the document's may have become one). */
const skillsOf = (ids: readonly string[], remap: Remap) => [...new Set(ids.map((id) => remap.skill(id)))];

/** Writes the learning activities and their time log; answers the rows written, for the feed. */
export async function importLearning(scope: OwnerScope, doc: ImportDocument, remap: Remap) {
  const repo = new LearningRepository(scope);
  const activities = new Map<string, ActivityRow>();
  for (const a of doc.learning) {
    const row: ActivityRow = {
      id: newId(),
      kind: a.kind,
      title: a.title,
      provider: a.provider,
      url: a.url,
      format: a.format,
      status: a.status,
      start_date: a.startDate,
      end_date: a.endDate,
      hours_planned: a.hoursPlanned,
      cost_amount: a.cost?.amount ?? null,
      cost_currency: a.cost?.currency ?? null,
      credential_identifier: a.credential?.identifier ?? null,
      credential_url: a.credential?.url ?? null,
      credential_issued_on: a.credential?.issuedOn ?? null,
      credential_expires_on: a.credential?.expiresOn ?? null,
      goal_id: remap.goal(a.goalId),
      created_at: a.createdAt,
      updated_at: a.updatedAt,
    };
    await repo.insert(row);
    await repo.replaceSkills(row.id, skillsOf(a.skillIds, remap));
    activities.set(a.id, row);
  }
  const log: { activity: ActivityRow; entry: LogRow }[] = [];
  for (const e of doc.learningLog) {
    const activity = activities.get(e.activityId)!;
    const entry: LogRow = {
      id: newId(),
      activity_id: activity.id,
      date: e.date,
      minutes: e.minutes,
      note: e.note,
      created_at: e.createdAt,
      updated_at: e.updatedAt,
    };
    await repo.insertLog(entry);
    log.push({ activity, entry });
  }
  return log;
}

/** Writes the practice log; answers its rows, for the feed. */
export async function importPractice(scope: OwnerScope, doc: ImportDocument, remap: Remap) {
  const repo = new PracticeRepository(scope);
  const rows: PracticeRow[] = [];
  for (const p of doc.practice) {
    const row: PracticeRow = {
      id: newId(),
      date: p.date,
      minutes: p.minutes,
      title: p.title,
      description: p.description,
      reflection: p.reflection,
      outcome: p.outcome,
      evidence_url: p.evidenceUrl,
      goal_id: remap.goal(p.goalId),
      created_at: p.createdAt,
      updated_at: p.updatedAt,
    };
    await repo.insert(row);
    await repo.replaceSkills(row.id, skillsOf(p.skillIds, remap));
    rows.push(row);
  }
  return rows;
}

/**
 * Writes the content log. An entry of a Goodreads book she already logged keeps its place in the
 * log without the book's id (one entry per book is a rule of the Goodreads import); an entry queued
 * from a feed item comes without it (items are not carried).
 */
export async function importContent(scope: OwnerScope, doc: ImportDocument, remap: Remap): Promise<void> {
  const repo = new ContentRepository(scope);
  const books = new Set((await repo.goodreadsEntries()).keys());
  for (const c of doc.content) {
    const known = c.goodreadsBookId !== null && books.has(c.goodreadsBookId);
    if (c.goodreadsBookId !== null) books.add(c.goodreadsBookId);
    const id = newId();
    await repo.insert([
      {
        id,
        kind: c.kind,
        title: c.title,
        url: c.url,
        author: c.author,
        isbn: c.isbn,
        source: c.source,
        status: c.status,
        consumed_on: c.consumedOn,
        minutes: c.minutes,
        pages: c.pages,
        rating: c.rating,
        takeaways: c.takeaways,
        discussed_with: JSON.stringify(c.discussedWith),
        search: searchText(c),
        feed_item_id: null,
        goodreads_book_id: known ? null : c.goodreadsBookId,
        created_at: c.createdAt,
        updated_at: c.updatedAt,
      },
    ]);
    await repo.setSkills(id, skillsOf(c.skillIds, remap));
  }
}

/**
 * Writes the subscriptions she has not made already (one per address); their items come with the
 * next refresh, as for a feed of an OPML import. Answers how many were written.
 */
export async function importFeeds(scope: OwnerScope, doc: ImportDocument): Promise<number> {
  const repo = new FeedRepository(scope);
  const have = new Set((await repo.list()).map((f) => f.url));
  const rows = doc.feeds
    .filter((f) => !have.has(f.url) && have.add(f.url))
    .map((f) => ({
      id: newId(),
      url: f.url,
      title: f.title,
      site_url: f.siteUrl,
      etag: null,
      last_modified: null,
      last_fetched_at: null,
      last_error: null,
      claimed_until: null,
      created_at: f.createdAt,
      updated_at: f.createdAt,
    }));
  await repo.insertFeeds(rows);
  return rows.length;
}

/** Writes the contacts and the interactions with them; answers the interactions, for the feed. */
export async function importNetwork(scope: OwnerScope, doc: ImportDocument, remap: Remap) {
  const contacts = new Map<string, { id: string; name: string }>();
  const rows = doc.contacts.map((c) => {
    const row = {
      id: newId(),
      ...columnsOf({ ...c, howMet: c.howMet }),
      added_on: c.addedOn,
      created_at: c.createdAt,
      updated_at: c.updatedAt,
    };
    contacts.set(c.id, { id: row.id, name: row.name });
    return row;
  });
  await new ContactRepository(scope).insert(rows);

  const written = doc.interactions.map((i) => ({
    row: {
      id: newId(),
      date: i.date,
      kind: i.kind,
      notes: i.notes,
      follow_up_on: i.followUpOn,
      follow_up_done_on: i.followUpDoneOn,
      goal_id: remap.goal(i.goalId),
      created_at: i.createdAt,
      updated_at: i.updatedAt,
    } satisfies InteractionRow,
    contacts: [...new Set(i.contactIds)].map((id) => contacts.get(id)!),
  }));
  await new InteractionRepository(scope).insertMany(
    written.map(({ row, contacts: withWhom }) => ({ row, contactIds: withWhom.map((c) => c.id) })),
  );
  return written;
}
