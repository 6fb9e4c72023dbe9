import type { Contact, ContactRole } from '../../shared/network/contact.schema.ts';
import type { CadenceByRole } from '../../shared/network/network.schema.ts';
import type { ContactRow } from './contact.repository.ts';
import { type ContactEntry, listOf } from './contact.rows.ts';
import { cadenceOf, nextContactOn } from './domain/cadence.ts';

/** A contact as the API shows it, its clock worked out from its latest interaction and the settings. */
export function presentContact(
  row: ContactRow,
  lastContactedOn: string | null,
  byRole: CadenceByRole,
): Contact {
  const roles = listOf<ContactRole>(row.roles);
  const cadenceDays = cadenceOf({ keepInTouchDays: row.keep_in_touch_days, roles }, byRole);
  return {
    id: row.id,
    name: row.name,
    emails: listOf<ContactEntry>(row.emails),
    phones: listOf<ContactEntry>(row.phones),
    company: row.company,
    position: row.position,
    linkedinUrl: row.linkedin_url,
    howMet: row.how_met,
    tags: listOf<string>(row.tags),
    roles,
    notes: row.notes,
    keepInTouchDays: row.keep_in_touch_days,
    connectedOn: row.connected_on,
    addedOn: row.added_on,
    cadenceDays,
    lastContactedOn,
    nextContactOn: nextContactOn(lastContactedOn, row.added_on, cadenceDays),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
