// A contact's row from its fields and back: what the API, the imports and their merges write.
import type { ContactRole } from '../../shared/network/contact.schema.ts';
import { newId } from '../platform/ids.ts';
import type { ContactRow } from './contact.repository.ts';
import { type ContactEntry, type ContactFields, derivedColumns, listOf } from './contact.rows.ts';

/** Everything a contact holds that a person gives. */
export interface ContactData extends ContactFields {
  howMet: string | null;
  notes: string | null;
  keepInTouchDays: number | null;
  connectedOn: string | null;
}

/** A new contact's row, added on `addedOn` (the person's today). */
export function newContactRow(data: ContactData, addedOn: string, now: string): ContactRow {
  return {
    id: newId(),
    ...columnsOf(data),
    added_on: addedOn,
    created_at: now,
    updated_at: now,
  };
}

/** The columns of the data: the fields and what is worked out from them. */
export function columnsOf(data: ContactData) {
  return {
    name: data.name,
    ...derivedColumns(data),
    company: data.company,
    position: data.position,
    linkedin_url: data.linkedinUrl,
    how_met: data.howMet,
    notes: data.notes,
    keep_in_touch_days: data.keepInTouchDays,
    connected_on: data.connectedOn,
  };
}

/** A stored contact's data, its lists read back. */
export function dataOf(row: ContactRow): ContactData {
  return {
    name: row.name,
    emails: listOf<ContactEntry>(row.emails),
    phones: listOf<ContactEntry>(row.phones),
    company: row.company,
    position: row.position,
    linkedinUrl: row.linkedin_url,
    tags: listOf<string>(row.tags),
    roles: listOf<ContactRole>(row.roles),
    howMet: row.how_met,
    notes: row.notes,
    keepInTouchDays: row.keep_in_touch_days,
    connectedOn: row.connected_on,
  };
}

/** The columns that differ between a row and new data; none when nothing changed. */
export function changesTo(row: ContactRow, data: ContactData): Partial<ContactRow> {
  const next = columnsOf(data);
  const changes: Partial<ContactRow> = {};
  for (const key of Object.keys(next) as (keyof typeof next)[]) {
    if (row[key] !== next[key]) (changes as Record<string, unknown>)[key] = next[key];
  }
  return changes;
}
