import type { Content } from '../../shared/content/content.schema.ts';
import type { ContentRow } from './content.repository.ts';

export const presentContent = (row: ContentRow, skillIds: readonly string[]): Content => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  url: row.url,
  author: row.author,
  isbn: row.isbn,
  source: row.source,
  status: row.status,
  consumedOn: row.consumed_on,
  minutes: row.minutes,
  pages: row.pages,
  rating: row.rating,
  takeaways: row.takeaways,
  skillIds: [...skillIds],
  discussedWith: JSON.parse(row.discussed_with) as string[],
  feedItemId: row.feed_item_id,
  goodreadsBookId: row.goodreads_book_id,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});
