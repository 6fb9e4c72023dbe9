// Content: what a person reads, listens to and watches (articles, podcast episodes, books …), the
// feeds they follow, and their reading lists imported from Goodreads.
import { z } from 'zod';
import { CalendarDate, Id, StoredDate, Timestamp } from '../http/common.schema.ts';
import { isbnProblem } from './isbn.ts';

export const CONTENT_KINDS = [
  'article',
  'podcast_episode',
  'video',
  'book',
  'newsletter',
  'talk',
  'paper',
] as const;
export const CONTENT_STATUSES = ['queued', 'in_progress', 'done', 'abandoned'] as const;

/** Characters of a title. */
export const TITLE_MAX = 300;
/** Characters of an author, a source, or a name in `discussedWith`. */
export const NAME_MAX = 200;
/** Characters of an address. */
export const URL_MAX = 2_000;
/** Characters of the takeaways. */
export const TAKEAWAYS_MAX = 10_000;
/** People one entry may have been discussed with. */
export const DISCUSSED_MAX = 50;
/** Skills one entry may name. */
export const SKILLS_PER_ENTRY = 20;
/** Minutes (about 1,666 hours) or pages one entry may count. */
export const AMOUNT_MAX = 100_000;
/** Characters of a search. */
export const QUERY_MAX = 200;

/** True for an absolute http:// or https:// address with a host. */
export function isHttpUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
}

/** An absolute http:// or https:// address. */
export const HttpUrl = z
  .string()
  .trim()
  .min(1)
  .max(URL_MAX)
  .refine(isHttpUrl, 'must be an http:// or https:// address');

const Isbn = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const problem = isbnProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .describe('ISBN-10 or ISBN-13, hyphens allowed; stored without them');

const Name = z.string().trim().min(1).max(NAME_MAX);
const Amount = z.number().int().min(1).max(AMOUNT_MAX);

export const Content = z.object({
  id: z.string(),
  kind: z.enum(CONTENT_KINDS),
  title: z.string(),
  url: z.string().nullable(),
  author: z.string().nullable(),
  isbn: z.string().nullable(),
  source: z.string().nullable().describe('Where it came from: a publication, a show, a feed, Goodreads'),
  status: z.enum(CONTENT_STATUSES),
  consumedOn: StoredDate.nullable().describe('When it was read, heard or watched'),
  minutes: z.number().int().nullable(),
  pages: z.number().int().nullable(),
  rating: z.number().int().nullable().describe('1 … 5'),
  takeaways: z.string().nullable(),
  skillIds: z.array(z.string()).describe('The skills it develops, in the order given'),
  discussedWith: z.array(z.string()),
  feedItemId: z.string().nullable().describe('The feed item it was queued from'),
  goodreadsBookId: z.string().nullable().describe('The Goodreads `Book Id` it was imported from'),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Content = z.infer<typeof Content>;

const ContentFields = {
  kind: z.enum(CONTENT_KINDS),
  title: z.string().trim().min(1).max(TITLE_MAX),
  url: HttpUrl.nullable().optional(),
  author: Name.nullable().optional(),
  isbn: Isbn.nullable().optional(),
  source: Name.nullable().optional(),
  status: z.enum(CONTENT_STATUSES),
  consumedOn: CalendarDate.nullable()
    .optional()
    .describe('Today or earlier in your time zone; required when the status is `done`'),
  minutes: Amount.nullable().optional(),
  pages: Amount.nullable().optional(),
  rating: z.number().int().min(1).max(5).nullable().optional(),
  takeaways: z.string().max(TAKEAWAYS_MAX).nullable().optional(),
  skillIds: z
    .array(Id)
    .max(SKILLS_PER_ENTRY)
    .optional()
    .describe('Skills of the catalogue or your own; one listed twice counts once'),
  discussedWith: z.array(Name).max(DISCUSSED_MAX).optional().describe('Who you talked it over with'),
};

export const CreateContentBody = z.strictObject(ContentFields);
export type CreateContentBody = z.infer<typeof CreateContentBody>;
export const UpdateContentBody = z.strictObject(ContentFields).partial();
export type UpdateContentBody = z.infer<typeof UpdateContentBody>;

export const ContentListQuery = z.strictObject({
  kind: z.enum(CONTENT_KINDS).optional(),
  status: z.enum(CONTENT_STATUSES).optional(),
  skillId: Id.optional(),
  q: z
    .string()
    .trim()
    .max(QUERY_MAX)
    .optional()
    .describe('Words inside the title, the author or the takeaways, in any case'),
});
export type ContentListQuery = z.infer<typeof ContentListQuery>;
