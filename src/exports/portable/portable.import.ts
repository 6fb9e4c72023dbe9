// Loads a full export into the person's account: checked whole first, then written in one
// transaction under her lock, with new ids and every link remapped. Nothing is written when any
// part fails (a broken link, a goal rule, a rule a check-in breaks): the transaction rolls back.
import type { PortableImportSummary } from '../../../shared/exports/portable.schema.ts';
import { TARGETS_MAX } from '../../../shared/skills/skill.schema.ts';
import { UserRepository } from '../../accounts/user.repository.ts';
import { CheckInFeed, type FedEntry } from '../../goals/check-in.feed.ts';
import { checkRunningTotalsOf } from '../../goals/check-in.rules.ts';
import { GoalRepository } from '../../goals/goal.repository.ts';
import { feedEntry as learningEntry } from '../../learning/learning.feed.ts';
import { feedEntry as interactionEntry } from '../../network/interaction.feed.ts';
import { NetworkSettingsRepository } from '../../network/network-settings.repository.ts';
import type { OwnerScope } from '../../platform/access/access.ts';
import { summarise, validationFailed } from '../../platform/http/errors.ts';
import type { RequestContext } from '../../platform/http/request-context.ts';
import { newId } from '../../platform/ids.ts';
import { feedEntry as practiceEntry } from '../../practice/practice.presenter.ts';
import { AssessmentRepository } from '../../skills/assessment.repository.ts';
import { importCatalogue, seenCatalogue } from './portable.catalogue.ts';
import {
  importContent,
  importFeeds,
  importLearning,
  importNetwork,
  importPractice,
} from './portable.entries.ts';
import { brokenGoalRules } from './portable.goal-rules.ts';
import { importGoals } from './portable.goals.ts';
import { brokenLinks, type ImportDocument, outsideRoleIds, outsideSkillIds } from './portable.links.ts';

type Skipped = PortableImportSummary['skipped'];

/** Loads `doc` into the person's account; answers what was written and what was left out. */
export function importPortable(ctx: RequestContext, doc: ImportDocument): Promise<PortableImportSummary> {
  return ctx.access.instance.transaction((instance) =>
    // Her lock, as every goal write takes it: the whole import is one change of her data.
    new GoalRepository(instance.scopeOf(ctx.actor.id)).serialized(async () => {
      const scope = instance.scopeOf(ctx.actor.id);
      const seen = await seenCatalogue(scope, outsideSkillIds(doc), outsideRoleIds(doc));
      const issues = brokenLinks(doc, seen);
      // The goal rules walk the goals' tree, which only holds once the links do.
      if (issues.length === 0) issues.push(...brokenGoalRules(doc, ctx.today()));
      if (issues.length > 0) throw validationFailed(issues, summarise(issues));

      await new UserRepository(instance).update(ctx.actor.id, {
        name: doc.settings.name,
        timezone: doc.settings.timeZone,
        digest: doc.settings.digest,
        updated_at: ctx.now().toISOString(),
      });
      return write(ctx, scope, doc);
    }),
  );
}

async function write(
  ctx: RequestContext,
  scope: OwnerScope,
  doc: ImportDocument,
): Promise<PortableImportSummary> {
  const skipped: Skipped = [];
  const skip = (section: string, count: number, reason: string) => {
    if (count > 0) skipped.push({ section, count, reason });
  };
  const catalogue = await importCatalogue(scope, doc);
  const skill = (id: string) => catalogue.skills.get(id) ?? id;
  const role = (id: string) => catalogue.roles.get(id) ?? id;

  const assessments = new AssessmentRepository(scope);
  const aimed = new Set((await assessments.targets()).map((t) => t.role_id));
  let targets = 0;
  let full = 0;
  for (const t of doc.targets) {
    // One target per role: a role she already aims at keeps her own target.
    if (aimed.has(role(t.roleId))) continue;
    // At most TARGETS_MAX at once, as when she adds one.
    if (aimed.size >= TARGETS_MAX) {
      full += 1;
      continue;
    }
    aimed.add(role(t.roleId));
    await assessments.insertTarget({
      id: newId(),
      role_id: role(t.roleId),
      target_date: t.targetDate,
      created_at: t.createdAt,
    });
    targets += 1;
  }
  skip('targets', doc.targets.length - targets - full, 'you already aim at these roles');
  skip('targets', full, `you would aim at more than ${TARGETS_MAX} roles, the most at once`);
  for (const a of doc.assessments) {
    await assessments.insertAssessment({
      id: newId(),
      skill_id: skill(a.skillId),
      level: a.level,
      source: a.source,
      assessor: a.assessor,
      note: a.note,
      date: a.date,
      created_at: a.createdAt,
    });
  }

  const { goals, checkIns: typed } = await importGoals(scope, doc, skill);
  const remap = { skill, goal: (id: string | null) => (id === null ? null : goals.get(id)!) };
  const log = await importLearning(scope, doc, remap);
  const practice = await importPractice(scope, doc, remap);
  await importContent(scope, doc, remap);
  const feeds = await importFeeds(scope, doc);
  const interactions = await importNetwork(scope, doc, remap);

  // Check-ins an entry wrote (time logged, practice, an interaction) are not loaded from the
  // document: the entries are, and the feed writes their check-ins again as it did when they were
  // logged (in the goal's unit, on the entry's date, with its note). Loading both would count the
  // time twice; loading the check-ins alone would leave them without the entry that moves and
  // deletes them. Only those typed in by hand (source null) were loaded as they are.
  const touched = new Set(doc.checkIns.filter((c) => c.source === null).map((c) => goals.get(c.goalId)!));
  const fed = async (type: 'learning' | 'practice' | 'interaction', entries: readonly FedEntry[]) => {
    const written = await new CheckInFeed(scope, type, ctx.now).writeAll(entries);
    for (const goalId of written.touched) touched.add(goalId);
    return written.fed.size;
  };
  const written =
    (await fed(
      'learning',
      log.map(({ activity, entry }) => learningEntry(activity, entry)),
    )) +
    (await fed('practice', practice.map(practiceEntry))) +
    (await fed(
      'interaction',
      interactions.map(({ row, contacts }) => interactionEntry(row, contacts)),
    ));
  // Corrections typed in must keep each running total on the target's side of its baseline, as
  // when they were entered (a document edited by hand may not): held once, over every goal with
  // check-ins, now that all are written; a crossing is a 400 and the transaction keeps nothing.
  // The goals are all new in this transaction, so no kept tree needs its version raised.
  await checkRunningTotalsOf(new GoalRepository(scope), touched, 'checkIns');

  if (Object.keys(doc.settings.cadenceByRole).length > 0) {
    const settings = new NetworkSettingsRepository(scope);
    const mine = await settings.cadenceByRole();
    await settings.save({ ...mine, ...doc.settings.cadenceByRole }, ctx.now().toISOString());
  }

  skip('feeds', doc.feeds.length - feeds, 'you already follow these addresses');
  skip(
    'mentorships',
    doc.mentorships.length,
    'a mentorship is a tie with another person; it stays where it was made',
  );
  skip(
    'feedbackRequests',
    doc.feedbackRequests.length,
    'a feedback request was sent to another person from where it was made; it stays there',
  );
  return {
    imported: {
      skills: catalogue.created.skills,
      roles: catalogue.created.roles,
      targets,
      assessments: doc.assessments.length,
      goals: goals.size,
      checkIns: typed + written,
      learning: doc.learning.length,
      learningLog: doc.learningLog.length,
      practice: doc.practice.length,
      content: doc.content.length,
      feeds,
      contacts: doc.contacts.length,
      interactions: doc.interactions.length,
    },
    skipped,
  };
}
