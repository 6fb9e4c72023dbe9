import { addDays } from '../../shared/calendar.ts';
import { LAST_DATE } from '../../shared/http/common.schema.ts';
import { CONTACT_ROLES, type ContactRole } from '../../shared/network/contact.schema.ts';
import { FOLLOW_UP_WINDOW_DAYS } from '../../shared/network/network.limits.ts';
import type {
  CadenceByRole,
  DueContact,
  DueList,
  NetworkSettings,
} from '../../shared/network/network.schema.ts';
import type { RequestContext } from '../platform/http/request-context.ts';
import { ContactRepository } from './contact.repository.ts';
import { listOf } from './contact.rows.ts';
import { type ContactClock, cadenceOf, dueLists, followUpsDue, type Overdue } from './domain/cadence.ts';
import { InteractionRepository } from './interaction.repository.ts';
import { NetworkSettingsRepository } from './network-settings.repository.ts';

/** The last day whose week of follow-ups still ends within the calendar's last day. */
const LAST_FOLLOW_UP_FROM = addDays(LAST_DATE, -FOLLOW_UP_WINDOW_DAYS);

/** The network's settings, and who and what is due. */
export class NetworkService {
  constructor(private readonly ctx: RequestContext) {}

  async settings(): Promise<NetworkSettings> {
    return { cadenceByRole: await new NetworkSettingsRepository(this.ctx.scope).cadenceByRole() };
  }

  /** Merges defaults into the current ones, under the owner's lock: null removes a role's. */
  updateSettings(changes: Partial<Record<ContactRole, number | null>>): Promise<NetworkSettings> {
    return this.ctx.scope.serialized(async (scope) => {
      const repo = new NetworkSettingsRepository(scope);
      const merged: CadenceByRole = { ...(await repo.cadenceByRole()) };
      for (const role of CONTACT_ROLES) {
        const days = changes[role];
        if (days === null) delete merged[role];
        else if (days !== undefined) merged[role] = days;
      }
      await repo.save(merged, this.ctx.now().toISOString());
      return { cadenceByRole: merged };
    });
  }

  /** Who is due and losing touch as of `asOf` (today when left out), and the follow-ups coming up. */
  async due(asOf: string = this.ctx.today()): Promise<DueList> {
    const scope = this.ctx.scope;
    const byRole = await new NetworkSettingsRepository(scope).cadenceByRole();
    const withDefault = CONTACT_ROLES.filter((role) => byRole[role] !== undefined);
    const rows = await new ContactRepository(scope).withClock(withDefault, asOf);
    const clocks = rows.map((row): DueClock => {
      const roles = listOf<ContactRole>(row.roles);
      return {
        id: row.id,
        nameKey: row.name_key,
        addedOn: row.added_on,
        lastContactedOn: row.last_contacted_on,
        cadenceDays: cadenceOf({ keepInTouchDays: row.keep_in_touch_days, roles }, byRole),
        name: row.name,
        company: row.company,
        position: row.position,
        roles,
      };
    });
    const { due, losingTouch } = dueLists(clocks, asOf);

    const interactions = new InteractionRepository(scope);
    const until = asOf < LAST_FOLLOW_UP_FROM ? addDays(asOf, FOLLOW_UP_WINDOW_DAYS) : LAST_DATE;
    const open = await interactions.openFollowUps(asOf, until);
    const followUps = followUpsDue(
      open.map((r) => ({ id: r.id, date: r.date, followUpOn: r.follow_up_on!, row: r })),
      asOf,
    );
    const contacts = await interactions.contactsOf(followUps.map((f) => f.id));
    return {
      due: due.map(dueContact),
      losingTouch: losingTouch.map(dueContact),
      followUps: followUps.map((f) => ({
        interactionId: f.id,
        date: f.date,
        kind: f.row.kind,
        notes: f.row.notes,
        contacts: contacts.get(f.id) ?? [],
        followUpOn: f.followUpOn,
        daysUntil: f.daysUntil,
      })),
    };
  }
}

/** A contact's clock with what the due list shows of it. */
interface DueClock extends ContactClock {
  name: string;
  company: string | null;
  position: string | null;
  roles: ContactRole[];
}

const dueContact = ({ contact, cadenceDays, nextContactOn, daysOverdue }: Overdue<DueClock>): DueContact => ({
  contactId: contact.id,
  name: contact.name,
  company: contact.company,
  position: contact.position,
  roles: contact.roles,
  cadenceDays,
  lastContactedOn: contact.lastContactedOn,
  nextContactOn,
  daysOverdue,
});
