import type {
  Contact,
  ContactListQuery,
  CreateContactBody,
  UpdateContactBody,
} from '../../shared/network/contact.schema.ts';
import type { OwnerScope } from '../platform/access/access.ts';
import { notFound } from '../platform/http/errors.ts';
import { cursorOf, keysOf } from '../platform/http/keyset-cursor.ts';
import type { RequestContext } from '../platform/http/request-context.ts';
import { type ContactData, changesTo, dataOf, newContactRow } from './contact.build.ts';
import { presentContact } from './contact.presenter.ts';
import { ContactRepository, type ContactRow } from './contact.repository.ts';
import { interactionFeed, resyncInteractions } from './interaction.feed.ts';
import { InteractionRepository } from './interaction.repository.ts';
import { checkNotFuture, pageOf } from './network.checks.ts';
import { NetworkSettingsRepository } from './network-settings.repository.ts';

type Entries = CreateContactBody['emails'];
const entries = (list: Entries): ContactData['emails'] =>
  (list ?? []).map((e) => ({ value: e.value, label: e.label ?? null }));

/** A change applied to a contact's data: fields left out keep their value. */
function applied(data: ContactData, body: UpdateContactBody): ContactData {
  const pick = <T>(value: T | undefined, fallback: T) => (value === undefined ? fallback : value);
  return {
    name: pick(body.name, data.name),
    emails: body.emails === undefined ? data.emails : entries(body.emails),
    phones: body.phones === undefined ? data.phones : entries(body.phones),
    company: pick(body.company, data.company),
    position: pick(body.position, data.position),
    linkedinUrl: pick(body.linkedinUrl, data.linkedinUrl),
    tags: pick(body.tags, data.tags),
    roles: pick(body.roles, data.roles),
    howMet: pick(body.howMet, data.howMet),
    notes: pick(body.notes, data.notes),
    keepInTouchDays: pick(body.keepInTouchDays, data.keepInTouchDays),
    connectedOn: pick(body.connectedOn, data.connectedOn),
  };
}

const EMPTY: ContactData = {
  name: '',
  emails: [],
  phones: [],
  company: null,
  position: null,
  linkedinUrl: null,
  tags: [],
  roles: [],
  howMet: null,
  notes: null,
  keepInTouchDays: null,
  connectedOn: null,
};

/** A person's contacts. */
export class ContactService {
  private readonly repo: ContactRepository;

  constructor(private readonly ctx: RequestContext) {
    this.repo = new ContactRepository(ctx.scope);
  }

  async list(query: ContactListQuery): Promise<{ items: Contact[]; nextCursor: string | null }> {
    const after = keysOf(query.cursor);
    const rows = await this.repo.list(
      query,
      after && { nameKey: after[0], id: after[1] },
      query.limit === undefined ? null : query.limit + 1,
    );
    const page = pageOf(rows, query.limit, (r) => cursorOf(r.name_key, r.id));
    return { items: await this.present(page.items), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<Contact> {
    const row = await this.repo.find(id);
    if (!row) throw notFound('contact');
    return (await this.present([row]))[0]!;
  }

  async create(body: CreateContactBody): Promise<Contact> {
    if (body.connectedOn) checkNotFuture(this.ctx, body.connectedOn, 'connectedOn');
    const data = applied(EMPTY, body);
    const row = newContactRow(data, this.ctx.today(), this.ctx.now().toISOString());
    await this.repo.insert([row]);
    return (await this.present([row]))[0]!;
  }

  /** Changes a contact; a new name is written into the check-ins of its interactions too. */
  async update(id: string, body: UpdateContactBody): Promise<Contact> {
    return this.ctx.scope.serialized(async (scope) => {
      const repo = new ContactRepository(scope);
      const current = await repo.find(id);
      if (!current) throw notFound('contact');
      if (body.connectedOn) checkNotFuture(this.ctx, body.connectedOn, 'connectedOn');
      const changes = changesTo(current, applied(dataOf(current), body));
      const next: ContactRow = { ...current, ...changes, updated_at: this.ctx.now().toISOString() };
      await repo.update(id, { ...changes, updated_at: next.updated_at });
      if (changes.name !== undefined) {
        const { alone, shared } = await new InteractionRepository(scope).withContact(id);
        await resyncInteractions(this.ctx, scope, [...alone, ...shared], 'name');
      }
      return (await this.present([next], scope))[0]!;
    });
  }

  /**
   * Deletes a contact at once with the interactions it alone was in (and their check-ins); the
   * interactions it shared with others stay, without it.
   */
  async remove(id: string): Promise<void> {
    await this.ctx.scope.serialized(async (scope) => {
      const repo = new ContactRepository(scope);
      if (!(await repo.find(id))) throw notFound('contact');
      const interactions = new InteractionRepository(scope);
      const { alone, shared } = await interactions.withContact(id);
      await interactionFeed(this.ctx, scope).remove(alone, 'id');
      await interactions.delete(alone);
      await repo.delete(id);
      await resyncInteractions(this.ctx, scope, shared, 'id');
    });
  }

  /** Contacts with their clocks: their latest interactions and the settings, read in two queries. */
  private async present(rows: ContactRow[], scope: OwnerScope = this.ctx.scope): Promise<Contact[]> {
    const [last, byRole] = await Promise.all([
      new ContactRepository(scope).lastContacted(rows.map((r) => r.id)),
      new NetworkSettingsRepository(scope).cadenceByRole(),
    ]);
    return rows.map((r) => presentContact(r, last.get(r.id) ?? null, byRole));
  }
}
