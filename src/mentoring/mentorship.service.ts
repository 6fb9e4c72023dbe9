import type { z } from 'zod';
import type {
  CreateMentorshipBody,
  Mentorship,
  MentorshipListQuery,
  MentorshipRole,
  UpdateMentorshipBody,
} from '../../shared/mentoring/mentorship.schema.ts';
import { GoalReader } from '../goals/goal.reader.ts';
import { ContactRepository } from '../network/contact.repository.ts';
import type { OwnerScope } from '../platform/access/access.ts';
import { conflict, forbidden, invalidField, notFound } from '../platform/http/errors.ts';
import type { RequestContext } from '../platform/http/request-context.ts';
import { newId } from '../platform/ids.ts';
import { checkSeenSkills } from '../skills/seen-skills.ts';
import { type Person, personOf } from './mentoring.party.ts';
import { creatorRole, otherRole, partyRole, requireActive, roleOf, sideOf } from './mentorship.policy.ts';
import { idsOf, presentMentorship } from './mentorship.presenter.ts';
import { type MentorshipChanges, MentorshipRepository, type MentorshipRow } from './mentorship.repository.ts';
import { MENTOR_LEVELS } from './shared-goals.ts';

/** The fields only the mentee may set: they are about her goals and skills. */
const MENTEE_FIELDS = ['skillIds', 'goalIds', 'shareSkills'] as const;

/** The lock every write to one mentorship holds, so its state cannot change under a rule being checked. */
export const mentorshipLock = (id: string) => `mentorship:${id}`;

/**
 * Mentorships: invitations by e-mail (answered by whoever has, or later signs up with, that e-mail)
 * and mentorships with a contact, kept on their creator's side alone; their focus, cadence and
 * what the mentee shares; and the answers and ends that move them from state to state. Each write
 * runs under a lock (the mentorship's, or the pair's for a new one), and its answer is read after
 * the transaction: what a mentor sees of the mentee goes through a view, which reads outside it.
 */
export class MentorshipService {
  private readonly person: Person;
  private readonly repo: MentorshipRepository;

  constructor(private readonly ctx: RequestContext) {
    this.person = personOf(ctx.actor);
    this.repo = new MentorshipRepository(ctx.access.instance, this.person);
  }

  async list(query: z.output<typeof MentorshipListQuery>): Promise<Mentorship[]> {
    let rows = await this.repo.list({ state: query.state });
    if (query.role) rows = rows.filter((r) => roleOf(r, this.person) === query.role);
    return this.present(rows);
  }

  /** One mentorship the person is a side of, or is invited to. */
  async get(id: string): Promise<Mentorship> {
    const row = await this.repo.find(id);
    if (!row || sideOf(row, this.person) === null) throw notFound('mentorship');
    return (await this.present([row]))[0]!;
  }

  async create(body: CreateMentorshipBody): Promise<Mentorship> {
    const role = body.myRole;
    if (role === 'mentor') {
      // The mentee's goals and skills are hers to share; an invitation from her mentor cannot.
      if (body.goalIds !== undefined) throw invalidField('goalIds', 'are set by the mentee only');
      if (body.shareSkills !== undefined) throw invalidField('shareSkills', 'is set by the mentee only');
    }
    const email = 'email' in body.with ? body.with.email : null;
    const contactId = 'contactId' in body.with ? body.with.contactId : null;
    if (email !== null && email === this.person.email)
      throw invalidField('with.email', 'is your own e-mail: invite someone else');
    // Both people's invitations to each other take the same lock, so only one of them is open.
    const key =
      email !== null
        ? `mentorship:pair:${[this.person.email, email].sort().join('\n')}`
        : `mentorship:contact:${contactId}`;
    const id = newId();
    await this.repo.serialized(key, async (repo, instance) => {
      const scope = instance.scopeOf(this.person.id);
      if (contactId !== null && !(await new ContactRepository(scope).find(contactId)))
        throw invalidField('with.contactId', 'is not one of your contacts');
      const skillIds = await checkSkills(scope, body.skillIds ?? []);
      const goalIds = await checkGoals(scope, body.goalIds ?? []);
      const duplicate = (await repo.open()).find(
        (r) => roleOf(r, this.person) === role && otherSideIs(r, this.person, email, contactId),
      );
      if (duplicate) {
        throw conflict(
          `You already have an open mentorship with them as the ${role} (${duplicate.state}); end it first.`,
        );
      }
      const now = this.ctx.now().toISOString();
      await repo.insert({
        id,
        mentor_id: role === 'mentor' ? this.person.id : null,
        mentee_id: role === 'mentee' ? this.person.id : null,
        creator_id: this.person.id,
        invited_email: email,
        contact_id: contactId,
        state: contactId !== null ? 'active' : 'invited',
        focus: body.focus ?? null,
        skill_ids: JSON.stringify(skillIds),
        goal_ids: JSON.stringify(goalIds),
        cadence_days: body.cadenceDays ?? null,
        share_skills: body.shareSkills ? 1 : 0,
        started_on: contactId !== null ? this.ctx.today() : null,
        ended_on: null,
        created_at: now,
        updated_at: now,
      });
    });
    return this.get(id);
  }

  /** focus and cadenceDays by either side; skillIds, goalIds and shareSkills by the mentee. */
  async update(id: string, body: UpdateMentorshipBody): Promise<Mentorship> {
    await this.repo.serialized(mentorshipLock(id), async (repo, instance) => {
      const row = await repo.find(id);
      const role = partyRole(row, this.person);
      requireActive(row!);
      const field = MENTEE_FIELDS.find((f) => body[f] !== undefined);
      if (role !== 'mentee' && field) throw forbidden(`Only the mentee may change ${field}.`);
      const scope = instance.scopeOf(this.person.id);
      const changes: MentorshipChanges = {
        ...(body.focus !== undefined && { focus: body.focus }),
        ...(body.cadenceDays !== undefined && { cadence_days: body.cadenceDays }),
        ...(body.skillIds !== undefined && {
          skill_ids: JSON.stringify(await checkSkills(scope, body.skillIds)),
        }),
        ...(body.goalIds !== undefined && {
          goal_ids: JSON.stringify(await checkGoals(scope, body.goalIds)),
        }),
        ...(body.shareSkills !== undefined && { share_skills: body.shareSkills ? 1 : 0 }),
        updated_at: this.ctx.now().toISOString(),
      };
      await repo.update(id, changes);
    });
    return this.get(id);
  }

  /** The invited person says yes: her account takes the invited side, and it is active from today. */
  accept(id: string): Promise<Mentorship> {
    return this.answer(id, 'active');
  }

  /** The invited person says no; she still sees it, as the one who declined. */
  decline(id: string): Promise<Mentorship> {
    return this.answer(id, 'declined');
  }

  /** Either side ends it, or its creator withdraws the invitation: it shares nothing from now on. */
  async end(id: string): Promise<Mentorship> {
    await this.repo.serialized(mentorshipLock(id), async (repo) => {
      const row = await repo.find(id);
      partyRole(row, this.person);
      if (row!.state === 'ended' || row!.state === 'declined')
        throw conflict(`This mentorship has already ${row!.state === 'ended' ? 'ended' : 'been declined'}.`);
      await repo.update(id, {
        state: 'ended',
        ended_on: this.ctx.today(),
        updated_at: this.ctx.now().toISOString(),
      });
    });
    return this.get(id);
  }

  private async answer(id: string, state: 'active' | 'declined'): Promise<Mentorship> {
    await this.repo.serialized(mentorshipLock(id), async (repo) => {
      const row = await repo.find(id);
      const side = row ? sideOf(row, this.person) : null;
      if (!row || side === null) throw notFound('mentorship');
      if (row.state !== 'invited')
        throw conflict(`This mentorship is ${row.state}: there is no invitation to answer.`);
      if (side !== 'invitee') throw forbidden('Only the person invited may answer the invitation.');
      const invited = otherRole(creatorRole(row));
      await repo.update(id, {
        [invited === 'mentor' ? 'mentor_id' : 'mentee_id']: this.person.id,
        state,
        ...(state === 'active' && { started_on: this.ctx.today() }),
        updated_at: this.ctx.now().toISOString(),
      });
    });
    return this.get(id);
  }

  /**
   * Mentorships as the person sees them: the names of her contacts among them, and, where she is
   * the mentor, only the focus goals her view of the mentee shows. Reads through views, so never
   * inside a transaction.
   */
  async present(rows: MentorshipRow[]): Promise<Mentorship[]> {
    const contactIds = rows.flatMap((r) =>
      r.creator_id === this.person.id && r.contact_id !== null ? [r.contact_id] : [],
    );
    const [names, focus] = await Promise.all([
      new ContactRepository(this.ctx.scope).namesOf(contactIds),
      this.focusShownToMentor(rows),
    ]);
    return rows.map((r) => presentMentorship(r, this.person, names, focus));
  }

  /**
   * Of the mentorships the person mentors, active ones, the focus goals that her view of each
   * mentee shows (one view and one query per mentee): a mentor never learns of the others, not
   * even their ids. Mentorships she is not the mentor of are not in the map.
   */
  private async focusShownToMentor(rows: readonly MentorshipRow[]): Promise<Map<string, string[]>> {
    const shown = new Map<string, string[]>();
    const byMentee = new Map<string, MentorshipRow[]>();
    for (const r of rows) {
      if (roleOf(r, this.person) !== 'mentor') continue;
      shown.set(r.id, []);
      if (r.state !== 'active' || r.mentee_id === null || idsOf(r.goal_ids).length === 0) continue;
      byMentee.set(r.mentee_id, [...(byMentee.get(r.mentee_id) ?? []), r]);
    }
    for (const [menteeId, list] of byMentee) {
      const view = await this.ctx.access.viewFor(this.ctx.actor, menteeId);
      if (!view) continue;
      const seen = await new GoalReader(view).idsAmong(
        [...new Set(list.flatMap((r) => idsOf(r.goal_ids)))],
        MENTOR_LEVELS,
      );
      for (const r of list)
        shown.set(
          r.id,
          idsOf(r.goal_ids).filter((g) => seen.has(g)),
        );
    }
    return shown;
  }
}

/**
 * Whether the side across from the person in `row` is the one named: the account or invitation of
 * `email`, or the contact `contactId`.
 */
function otherSideIs(row: MentorshipRow, person: Person, email: string | null, contactId: string | null) {
  const mine = roleOf(row, person);
  if (mine === null) return false;
  if (contactId !== null) return row.contact_id === contactId;
  const other: MentorshipRole = otherRole(mine);
  const accountEmail = other === 'mentor' ? row.mentor_email : row.mentee_email;
  const otherId = other === 'mentor' ? row.mentor_id : row.mentee_id;
  return otherId !== null ? accountEmail === email : row.contact_id === null && row.invited_email === email;
}

/** Skills the person sees (the instance's, or her own), each once; else 400 at the first other. */
async function checkSkills(scope: OwnerScope, ids: readonly string[]): Promise<string[]> {
  await checkSeenSkills(scope, ids);
  return [...ids];
}

/** The person's own goals; else 400 at the first other. */
async function checkGoals(scope: OwnerScope, ids: readonly string[]): Promise<string[]> {
  const known = await new GoalReader(scope).idsAmong(ids);
  const unknown = ids.findIndex((id) => !known.has(id));
  if (unknown !== -1) throw invalidField(`goalIds.${unknown}`, 'is not one of your goals');
  return [...ids];
}
