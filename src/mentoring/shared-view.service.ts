import type { z } from 'zod';
import type {
  CreateCommentBody,
  GoalComment,
  MentorAssessmentBody,
  SharedView,
} from '../../shared/mentoring/mentorship.schema.ts';
import type { Assessment } from '../../shared/skills/skill.schema.ts';
import { GoalReader } from '../goals/goal.reader.ts';
import { conflict, forbidden, invalidField, notFound } from '../platform/http/errors.ts';
import type { RequestContext } from '../platform/http/request-context.ts';
import { newId } from '../platform/ids.ts';
import { presentAssessment, recordAssessment } from '../skills/assessment.service.ts';
import { CommentRepository, type CommentRow } from './comment.repository.ts';
import { type Person, personOf } from './mentoring.party.ts';
import { activeRole, partyRole } from './mentorship.policy.ts';
import { idsOf } from './mentorship.presenter.ts';
import { MentorshipRepository } from './mentorship.repository.ts';
import { MentorshipService, mentorshipLock } from './mentorship.service.ts';
import { SharedGoals } from './shared-goals.ts';

const presentComment = (row: CommentRow, person: Person): GoalComment => ({
  id: row.id,
  goalId: row.goal_id,
  mentorshipId: row.mentorship_id,
  authorName: row.author_name,
  byMe: row.author_id === person.id,
  text: row.text,
  createdAt: row.created_at,
});

/** Items named in `focus` first, in its order; the rest as they came. */
function focusFirst<T>(items: readonly T[], idOf: (item: T) => string, focus: readonly string[]) {
  const rank = new Map(focus.map((id, i) => [id, i]));
  const at = (item: T) => rank.get(idOf(item)) ?? focus.length;
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => at(a.item) - at(b.item) || a.i - b.i)
    .map(({ item }) => ({ item, focus: rank.has(idOf(item)) }));
}

/**
 * What the mentor sees of the mentee (and she of herself, to know what he sees), comments on her
 * shared goals, and the mentor's assessments of her skills.
 */
export class SharedViewService {
  private readonly person: Person;
  private readonly mentorships: MentorshipRepository;

  constructor(private readonly ctx: RequestContext) {
    this.person = personOf(ctx.actor);
    this.mentorships = new MentorshipRepository(ctx.access.instance, this.person);
  }

  /**
   * The mentee's goals whose visibility reaches mentors, focus first, each with its check-ins and
   * this mentorship's comments; with shareSkills, her skills and assessments. Only while active.
   */
  async shared(id: string): Promise<SharedView> {
    const row = await this.mentorships.find(id);
    const role = partyRole(row, this.person);
    if (row!.state !== 'active') throw notFound('mentorship');
    const shared = new SharedGoals(this.ctx, row!, role);
    const [goals, skills, [mentorship]] = await Promise.all([
      shared.goals(),
      shared.skills(),
      new MentorshipService(this.ctx).present([row!]),
    ]);
    const comments = await new CommentRepository(this.ctx.access.instance, this.person).list(
      goals.map((g) => g.goal.id),
      id,
    );
    const byGoal = new Map<string, GoalComment[]>();
    for (const c of comments) {
      const list = byGoal.get(c.goal_id) ?? [];
      list.push(presentComment(c, this.person));
      byGoal.set(c.goal_id, list);
    }
    return {
      mentorship: mentorship!,
      goals: focusFirst(goals, (g) => g.goal.id, idsOf(row!.goal_ids)).map(({ item, focus }) => ({
        ...item,
        comments: byGoal.get(item.goal.id) ?? [],
        focus,
      })),
      skills:
        skills &&
        focusFirst(skills, (s) => s.standing.skill.id, idsOf(row!.skill_ids)).map(({ item, focus }) => ({
          ...item.standing,
          focus,
          assessments: item.assessments,
        })),
    };
  }

  /** Either side comments on a goal the mentor sees (else 400 at goalId), while it is active. */
  async comment(id: string, body: z.output<typeof CreateCommentBody>): Promise<GoalComment> {
    // The goal is checked through the view of the mentee the person is granted, which reads
    // outside any transaction: before the mentorship's lock is taken (its state again under it).
    const found = await this.mentorships.find(id);
    const seen = new SharedGoals(this.ctx, found!, activeRole(found, this.person));
    if (!(await seen.isShared(body.goalId)))
      throw invalidField('goalId', 'is not a goal the mentee shares with her mentor');
    return this.mentorships.serialized(mentorshipLock(id), async (repo, instance) => {
      const row = await repo.find(id);
      activeRole(row, this.person);
      const comments = new CommentRepository(instance, this.person);
      const commentId = newId();
      await comments.insert({
        id: commentId,
        mentorship_id: id,
        goal_id: body.goalId,
        goal_owner_id: row!.mentee_id!,
        author_id: this.person.id,
        text: body.text,
        created_at: this.ctx.now().toISOString(),
      });
      return presentComment((await comments.find(commentId))!, this.person);
    });
  }

  /** The comments of all the owner's mentorships, ended ones too, on one of her goals, oldest first. */
  async goalComments(goalId: string): Promise<GoalComment[]> {
    if (!(await new GoalReader(this.ctx.scope).idsAmong([goalId])).has(goalId)) throw notFound('goal');
    const rows = await new CommentRepository(this.ctx.access.instance, this.person).list([goalId]);
    return rows.map((r) => presentComment(r, this.person));
  }

  /**
   * The mentor assesses a skill of the mentee: recorded on her side (source mentor, his name as the
   * assessor), through her scope under her lock, in the transaction that holds the mentorship's.
   */
  async assess(id: string, body: z.output<typeof MentorAssessmentBody>): Promise<Assessment> {
    return this.mentorships.serialized(mentorshipLock(id), async (repo, instance) => {
      const row = await repo.find(id);
      if (activeRole(row, this.person) !== 'mentor')
        throw forbidden('Only the mentor assesses the mentee’s skills here.');
      const menteeId = row!.mentee_id;
      if (menteeId === null)
        throw conflict('The mentee is one of your contacts: she has no skills here to assess.');
      const recorded = await instance.scopeOf(menteeId).serialized((scope) =>
        recordAssessment(
          scope,
          body.skillId,
          {
            level: body.level,
            source: 'mentor',
            assessor: this.ctx.actor.name,
            note: body.note ?? '',
            date: this.ctx.today(),
          },
          this.ctx.now().toISOString(),
        ),
      );
      if (!recorded) throw invalidField('skillId', 'is not a skill the mentee can see');
      return presentAssessment(recorded.row);
    });
  }
}
