// What of the mentee a side of a mentorship sees: the mentor through the view the access module
// grants him along the mentorship's tie, the mentee through her own rows, filtered alike, so that
// she reads exactly what he does.

import type { MentorshipRole } from '../../shared/mentoring/mentorship.schema.ts';
import { GoalReader } from '../goals/goal.reader.ts';
import type { SharedGoalData } from '../goals/goal.shared.ts';
import { sharedGoals } from '../goals/goal.shared.ts';
import type { ReadView } from '../platform/access/access.ts';
import { visibleLevels } from '../platform/access/rules.ts';
import type { RequestContext } from '../platform/http/request-context.ts';
import { type AssessedSkill, assessedSkills } from '../skills/assessment.service.ts';
import type { MentorshipRow } from './mentorship.repository.ts';

/** The visibilities a mentor reads: the one rule of rules.ts, for the mentor's tie. */
export const MENTOR_LEVELS = visibleLevels([{ relationship: 'mentor' }]);

/** The mentee's goals and skills as a side of an active mentorship sees them. */
export class SharedGoals {
  #view: Promise<ReadView | null> | undefined;

  constructor(
    private readonly ctx: RequestContext,
    private readonly mentorship: Pick<MentorshipRow, 'mentee_id' | 'share_skills'>,
    private readonly role: MentorshipRole,
  ) {}

  /**
   * The mentee's rows as the person may read them: her own for the mentee; for the mentor, the view
   * of her the access module grants along the tie (null without one, or for a mentee who is a contact).
   */
  view(): Promise<ReadView | null> {
    const menteeId = this.mentorship.mentee_id;
    this.#view ??=
      menteeId === null ? Promise.resolve(null) : this.ctx.access.viewFor(this.ctx.actor, menteeId);
    return this.#view;
  }

  /** The mentee's goals a mentor sees, with progress as of today (the asker's), oldest first. */
  async goals(): Promise<SharedGoalData[]> {
    const view = await this.view();
    return view ? sharedGoals(view, MENTOR_LEVELS, this.ctx.today()) : [];
  }

  /** Whether the mentor sees the goal: one of the mentee's whose visibility reaches mentors. */
  async isShared(goalId: string): Promise<boolean> {
    const view = await this.view();
    return view !== null && (await new GoalReader(view).idsAmong([goalId], MENTOR_LEVELS)).has(goalId);
  }

  /** Whether the person sees the mentee's goal: every one of hers for the mentee, a shared one for the mentor. */
  async canSee(goalId: string): Promise<boolean> {
    if (this.role === 'mentor') return this.isShared(goalId);
    const view = await this.view();
    return view !== null && (await new GoalReader(view).idsAmong([goalId])).has(goalId);
  }

  /** The mentee's skills and assessments when she shares them in this mentorship; else null. */
  async skills(): Promise<AssessedSkill[] | null> {
    if (this.mentorship.share_skills !== 1) return null;
    const view = await this.view();
    return view ? assessedSkills(view) : null;
  }
}
