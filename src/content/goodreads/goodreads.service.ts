import type { z } from 'zod';
import type { GoodreadsImportSummary } from '../../../shared/content/feed.schema.ts';
import type { RequestContext } from '../../platform/http/request-context.ts';
import { newId } from '../../platform/ids.ts';
import { ContentRepository, type ContentRow, searchText } from '../content.repository.ts';
import type { GoodreadsBook, GoodreadsFile } from './goodreads.reader.ts';

/** What an import sets on a book's entry: the rest (skills, takeaways …) is the person's to keep. */
const imported = (book: GoodreadsBook) => ({
  kind: 'book' as const,
  title: book.title,
  author: book.author,
  pages: book.pages,
  isbn: book.isbn,
  rating: book.rating,
  status: book.status,
  consumed_on: book.consumedOn,
});

const differs = (row: ContentRow, fields: ReturnType<typeof imported>) =>
  (Object.keys(fields) as (keyof typeof fields)[]).some((k) => row[k] !== fields[k]);

/**
 * Imports the books in one transaction, under the owner's lock: a book seen before (by its Book
 * Id) is updated when the export says something else of it, else left as it is; a new one is added.
 */
export function importGoodreads(
  ctx: RequestContext,
  file: GoodreadsFile,
): Promise<z.infer<typeof GoodreadsImportSummary>> {
  return ctx.scope.serialized(async (scope) => {
    const repo = new ContentRepository(scope);
    const existing = await repo.goodreadsEntries();
    const now = ctx.now().toISOString();
    const added: ContentRow[] = [];
    let updated = 0;
    let unchanged = 0;
    for (const book of file.books) {
      const fields = imported(book);
      const row = existing.get(book.bookId);
      if (!row) {
        added.push({
          id: newId(),
          ...fields,
          url: null,
          source: 'Goodreads',
          minutes: null,
          takeaways: null,
          discussed_with: '[]',
          search: searchText({ ...fields, takeaways: null }),
          feed_item_id: null,
          goodreads_book_id: book.bookId,
          created_at: now,
          updated_at: now,
        });
      } else if (differs(row, fields)) {
        await repo.update(row.id, { ...fields, search: searchText({ ...row, ...fields }), updated_at: now });
        updated += 1;
      } else {
        unchanged += 1;
      }
    }
    await repo.insert(added);
    return { added: added.length, updated, unchanged, skipped: file.skipped };
  });
}
