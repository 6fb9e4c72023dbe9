import { formatDate } from '../../shared/calendar.ts';
import type {
  Content,
  ContentListQuery,
  CreateContentBody,
  UpdateContentBody,
} from '../../shared/content/content.schema.ts';
import { compactIsbn } from '../../shared/content/isbn.ts';
import type { OwnerScope } from '../platform/access/access.ts';
import { invalidField, notFound } from '../platform/http/errors.ts';
import type { RequestContext } from '../platform/http/request-context.ts';
import { newId } from '../platform/ids.ts';
import { checkSeenSkills } from '../skills/seen-skills.ts';
import { presentContent } from './content.presenter.ts';
import { ContentRepository, type ContentRow, searchText } from './content.repository.ts';
import { FeedRepository } from './feeds/feed.repository.ts';

/** A person's content log: what they read, heard and watched, and what they mean to. */
export class ContentService {
  private readonly repo: ContentRepository;

  constructor(private readonly ctx: RequestContext) {
    this.repo = new ContentRepository(ctx.scope);
  }

  async list(query: ContentListQuery): Promise<Content[]> {
    const rows = await this.repo.list({ ...query, q: query.q ? query.q.toLowerCase() : undefined });
    const skills = await this.repo.skillIds();
    return rows.map((r) => presentContent(r, skills.get(r.id) ?? []));
  }

  async get(id: string): Promise<Content> {
    const row = await this.repo.find(id);
    if (!row) throw notFound('content entry');
    return presentContent(row, (await this.repo.skillIds([id])).get(id) ?? []);
  }

  async create(body: CreateContentBody): Promise<Content> {
    this.checkDates(body.status, body.consumedOn ?? null, body.consumedOn);
    return this.ctx.scope.transaction(async (scope) => {
      const repo = new ContentRepository(scope);
      const skillIds = await checkSkills(scope, body.skillIds ?? []);
      const now = this.ctx.now().toISOString();
      const fields = {
        kind: body.kind,
        title: body.title,
        url: body.url ?? null,
        author: body.author ?? null,
        isbn: body.isbn ? compactIsbn(body.isbn) : null,
        source: body.source ?? null,
        status: body.status,
        consumed_on: body.consumedOn ?? null,
        minutes: body.minutes ?? null,
        pages: body.pages ?? null,
        rating: body.rating ?? null,
        takeaways: body.takeaways ?? null,
      };
      const row: ContentRow = {
        id: newId(),
        ...fields,
        discussed_with: JSON.stringify(body.discussedWith ?? []),
        search: searchText(fields),
        feed_item_id: null,
        goodreads_book_id: null,
        created_at: now,
        updated_at: now,
      };
      await repo.insert([row]);
      await repo.setSkills(row.id, skillIds);
      return presentContent(row, skillIds);
    });
  }

  async update(id: string, body: UpdateContentBody): Promise<Content> {
    return this.ctx.scope.transaction(async (scope) => {
      const repo = new ContentRepository(scope);
      // Whose entry it is comes first: another person's id is a 404 whatever the body says.
      const current = await repo.find(id);
      if (!current) throw notFound('content entry');
      const status = body.status ?? current.status;
      const consumedOn = body.consumedOn === undefined ? current.consumed_on : body.consumedOn;
      this.checkDates(status, consumedOn, body.consumedOn);
      const skillIds = body.skillIds === undefined ? undefined : await checkSkills(scope, body.skillIds);
      const fields = {
        kind: body.kind ?? current.kind,
        title: body.title ?? current.title,
        url: patched(body.url, current.url),
        author: patched(body.author, current.author),
        isbn: body.isbn === undefined ? current.isbn : body.isbn === null ? null : compactIsbn(body.isbn),
        source: patched(body.source, current.source),
        status,
        consumed_on: consumedOn,
        minutes: patched(body.minutes, current.minutes),
        pages: patched(body.pages, current.pages),
        rating: patched(body.rating, current.rating),
        takeaways: patched(body.takeaways, current.takeaways),
      };
      await repo.update(id, {
        ...fields,
        ...(body.discussedWith !== undefined ? { discussed_with: JSON.stringify(body.discussedWith) } : {}),
        search: searchText(fields),
        updated_at: this.ctx.now().toISOString(),
      });
      if (skillIds !== undefined) await repo.setSkills(id, skillIds);
      return presentContent((await repo.find(id))!, (await repo.skillIds([id])).get(id) ?? []);
    });
  }

  async remove(id: string): Promise<void> {
    await this.ctx.scope.transaction(async (scope) => {
      if (!(await new ContentRepository(scope).delete(id))) throw notFound('content entry');
      await new FeedRepository(scope).forgetContent(id);
    });
  }

  /** A date when it was consumed is not after today, and `done` needs one. */
  private checkDates(
    status: ContentRow['status'],
    consumedOn: string | null,
    given: string | null | undefined,
  ) {
    const today = this.ctx.today();
    if (given && given > today) {
      throw invalidField('consumedOn', `is after today (today is ${formatDate(today)})`);
    }
    if (status === 'done' && consumedOn === null) {
      throw invalidField('consumedOn', 'is required when the status is done: say when you finished it');
    }
  }
}

/** A field after a PATCH: left out keeps it, null clears it. */
const patched = <T>(given: T | null | undefined, current: T | null): T | null =>
  given === undefined ? current : given;

/**
 * The skill ids, each once in the order given, when the person sees every one of them (the
 * catalogue's and their own); else 400 at the first they do not see.
 */
async function checkSkills(scope: OwnerScope, ids: readonly string[]): Promise<string[]> {
  await checkSeenSkills(scope, ids);
  return [...new Set(ids)];
}
