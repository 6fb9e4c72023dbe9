import { CONTACT_ROLES } from '../../shared/network/contact.schema.ts';
import { CADENCE_MAX, CADENCE_MIN } from '../../shared/network/network.limits.ts';
import type { CadenceByRole } from '../../shared/network/network.schema.ts';
import type { OwnerScope } from '../platform/access/access.ts';

/** A stored setting read back: only the roles of the list, with whole days in range. */
function cadenceOfColumn(column: string): CadenceByRole {
  let value: unknown;
  try {
    value = JSON.parse(column);
  } catch {
    return {};
  }
  if (typeof value !== 'object' || value === null) return {};
  const out: CadenceByRole = {};
  for (const role of CONTACT_ROLES) {
    const days = (value as Record<string, unknown>)[role];
    if (Number.isInteger(days) && (days as number) >= CADENCE_MIN && (days as number) <= CADENCE_MAX)
      out[role] = days as number;
  }
  return out;
}

/** The network's settings of one person: one row, once they changed one. */
export class NetworkSettingsRepository {
  constructor(private readonly scope: OwnerScope) {}

  /** The default cadence of each role that has one; none at first. */
  async cadenceByRole(): Promise<CadenceByRole> {
    const row = await this.scope.selectFrom('network_settings').select('cadence_by_role').executeTakeFirst();
    return row ? cadenceOfColumn(row.cadence_by_role) : {};
  }

  /** Stores the defaults; run under the owner's lock, so two first saves cannot both insert. */
  async save(cadenceByRole: CadenceByRole, now: string): Promise<void> {
    const changes = { cadence_by_role: JSON.stringify(cadenceByRole), updated_at: now };
    const r = await this.scope.updateTable('network_settings').set(changes).executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) await this.scope.insert('network_settings', [changes]);
  }
}
