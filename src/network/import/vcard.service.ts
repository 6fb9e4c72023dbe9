import { phoneKey } from '../../../shared/network/contact.schema.ts';
import { ENTRIES_MAX } from '../../../shared/network/network.limits.ts';
import type { VcardImportSummary } from '../../../shared/network/network.schema.ts';
import type { RequestContext } from '../../platform/http/request-context.ts';
import { type ContactData, changesTo, dataOf, newContactRow } from '../contact.build.ts';
import { ContactRepository, type ContactRow } from '../contact.repository.ts';
import { nameKey } from '../contact.rows.ts';
import type { VcardCard, VcardFile } from './vcard.reader.ts';
import { writeVcards } from './vcard.writer.ts';

/** A contact the import works on: one stored before (with its row), or one this file adds. */
interface Working {
  row: ContactRow | null;
  data: ContactData;
}

const dataOfCard = (card: VcardCard): ContactData => ({
  name: card.name,
  emails: card.emails,
  phones: card.phones,
  company: card.company,
  position: card.position,
  linkedinUrl: card.linkedinUrl,
  tags: card.tags,
  roles: [],
  howMet: null,
  notes: card.notes,
  keepInTouchDays: null,
  connectedOn: null,
});

/** The entries of both, each once by `key`, those already there first. */
const united = <E extends { value: string }>(
  mine: readonly E[],
  theirs: readonly E[],
  key: (v: string) => string,
) => {
  const seen = new Set(mine.map((e) => key(e.value)));
  return [...mine, ...theirs.filter((e) => !seen.has(key(e.value)))].slice(0, ENTRIES_MAX);
};

/** A card merged into a contact: e-mails and phones united, empty fields filled, nothing overwritten. */
const merged = (data: ContactData, card: VcardCard): ContactData => ({
  ...data,
  emails: united(data.emails, card.emails, (v) => v.toLowerCase()),
  phones: united(data.phones, card.phones, phoneKey),
  company: data.company ?? card.company,
  position: data.position ?? card.position,
  linkedinUrl: data.linkedinUrl ?? card.linkedinUrl,
  notes: data.notes ?? card.notes,
  tags: data.tags.length ? data.tags : card.tags,
});

/** The contacts by e-mail and by name and phone, as the import finds and adds them. */
class Index {
  private readonly byEmail = new Map<string, Working>();
  private readonly byNamePhone = new Map<string, Working>();

  add(contact: Working): void {
    const name = nameKey(contact.data.name);
    for (const e of contact.data.emails) {
      if (!this.byEmail.has(e.value.toLowerCase())) this.byEmail.set(e.value.toLowerCase(), contact);
    }
    for (const p of contact.data.phones) {
      const key = `${name}\n${phoneKey(p.value)}`;
      if (!this.byNamePhone.has(key)) this.byNamePhone.set(key, contact);
    }
  }

  /** The contact a card is: one with an e-mail of the card, else one with its name and a phone of it. */
  find(card: VcardCard): Working | undefined {
    for (const e of card.emails) {
      const found = this.byEmail.get(e.value.toLowerCase());
      if (found) return found;
    }
    const name = nameKey(card.name);
    for (const p of card.phones) {
      const found = this.byNamePhone.get(`${name}\n${phoneKey(p.value)}`);
      if (found) return found;
    }
    return undefined;
  }
}

/**
 * Imports the cards in one transaction, under the owner's lock. A card with an e-mail, or a name
 * and a phone, of a contact (stored, or added earlier in the file) merges into it; the others are
 * added.
 */
export function importVcards(ctx: RequestContext, file: VcardFile): Promise<VcardImportSummary> {
  return ctx.scope.serialized(async (scope) => {
    const repo = new ContactRepository(scope);
    const index = new Index();
    for (const row of await repo.all()) index.add({ row, data: dataOf(row) });
    const added: Working[] = [];
    const touched = new Set<Working>();
    let mergedCards = 0;
    for (const card of file.cards) {
      const found = index.find(card);
      if (found) {
        found.data = merged(found.data, card);
        index.add(found);
        if (found.row) touched.add(found);
        mergedCards += 1;
      } else {
        const contact: Working = { row: null, data: dataOfCard(card) };
        index.add(contact);
        added.push(contact);
      }
    }
    const now = ctx.now().toISOString();
    for (const contact of touched) {
      const changes = changesTo(contact.row!, contact.data);
      if (Object.keys(changes).length > 0)
        await repo.update(contact.row!.id, { ...changes, updated_at: now });
    }
    await repo.insert(added.map((c) => newContactRow(c.data, ctx.today(), now)));
    return { added: added.length, merged: mergedCards, skipped: file.skipped };
  });
}

/** Every contact of the person as one vCard 4.0 file, by name. */
export async function exportVcard(ctx: RequestContext): Promise<string> {
  const rows = await new ContactRepository(ctx.scope).list({}, null, null);
  return writeVcards(rows.map((row) => ({ id: row.id, ...dataOf(row) })));
}
