// The full export: everything the person owns as one document (shared/exports/portable.schema.ts),
// read through her scope with the other capabilities' repositories and services, each section in a
// few queries for all its rows.
import {
  PORTABLE_FORMAT,
  PORTABLE_VERSION,
  type PortableDocument,
  type PortableRecord,
} from '../../../shared/exports/portable.schema.ts';
import { ContentService } from '../../content/content.service.ts';
import { FeedRepository } from '../../content/feeds/feed.repository.ts';
import { GoalRepository } from '../../goals/goal.repository.ts';
import { LearningRepository } from '../../learning/learning.repository.ts';
import { LearningService } from '../../learning/learning.service.ts';
import { ContactService } from '../../network/contact.service.ts';
import { InteractionRepository } from '../../network/interaction.repository.ts';
import { NetworkSettingsRepository } from '../../network/network-settings.repository.ts';
import type { RequestContext } from '../../platform/http/request-context.ts';
import { PracticeRepository } from '../../practice/practice.repository.ts';
import { AssessmentRepository } from '../../skills/assessment.repository.ts';
import { CatalogueRepository } from '../../skills/catalogue.repository.ts';
import {
  assessmentRecord,
  byId,
  checkInRecord,
  goalRecord,
  interactionRecord,
  jsonList,
  logRecord,
  practiceRecord,
  roleRecord,
  skillRecord,
  targetRecord,
} from './portable.records.ts';
import { catalogueSkills } from './portable.skills.ts';
import { feedbackRecords, mentorshipRecords } from './portable.ties.ts';

type Requirements = PortableRecord<'roles'>['requirements'];
type Technologies = PortableRecord<'roles'>['technologies'];

/** The person's whole document, as of the request's clock. */
export async function portableExport(ctx: RequestContext): Promise<PortableDocument> {
  const scope = ctx.scope;
  const catalogue = new CatalogueRepository(scope);
  const assessmentsRepo = new AssessmentRepository(scope);
  const goalsRepo = new GoalRepository(scope);
  const learningRepo = new LearningRepository(scope);
  const practiceRepo = new PracticeRepository(scope);
  const interactionsRepo = new InteractionRepository(scope);

  const [ownSkills, ownRoles, targets, assessments, goals, checkIns, learning, log, practice] =
    await Promise.all([
      catalogue.ownSkills(),
      catalogue.ownRoles(),
      assessmentsRepo.targets(),
      assessmentsRepo.assessments(),
      goalsRepo.allGoals(),
      goalsRepo.allCheckIns(),
      new LearningService(ctx).list({}),
      learningRepo.allLogs(),
      practiceRepo.list({}),
    ]);
  const [practiceSkills, roleSkills, content, feeds, contacts, interactions, cadenceByRole] =
    await Promise.all([
      practiceRepo.skillIdsOf(practice.map((p) => p.id)),
      catalogue.skillsOfRoles(ownRoles.map((r) => r.id)),
      new ContentService(ctx).list({}),
      new FeedRepository(scope).list(),
      new ContactService(ctx).list({}),
      interactionsRepo.list({}, null, null),
      new NetworkSettingsRepository(scope).cadenceByRole(),
    ]);
  const interactionContacts = await interactionsRepo.contactsOf(interactions.map((i) => i.id));
  const [mentorships, feedbackRequests] = await Promise.all([mentorshipRecords(ctx), feedbackRecords(ctx)]);

  // Every skill a record names: the person's own travel whole, the catalogue's by id, name and source.
  const goalSkills = new Map(goals.map((g) => [g.id, jsonList(g.skill_ids)]));
  const named = [
    ...assessments.map((a) => a.skill_id),
    ...[...goalSkills.values()].flat(),
    ...learning.flatMap((a) => a.skillIds),
    ...[...practiceSkills.values()].flat(),
    ...content.flatMap((c) => c.skillIds),
    ...roleSkills.requirements.map((r) => r.skill_id),
    ...roleSkills.technologies.map((t) => t.skill_id),
  ];
  const own = new Set(ownSkills.map((s) => s.id));
  const shared = await catalogueSkills(
    scope,
    named.filter((id) => !own.has(id)),
  );
  // A list may still name a skill deleted since (goals keep ids in JSON): it is left out, so every
  // id the document names is a record of it.
  const known = (ids: readonly string[]) => ids.filter((id) => own.has(id) || shared.has(id));

  const roleIdsOwn = new Set(ownRoles.map((r) => r.id));
  const catalogueRoles = await catalogue.findRoles([
    ...new Set(targets.map((t) => t.role_id).filter((id) => !roleIdsOwn.has(id))),
  ]);
  const requirementsOf = new Map<string, Requirements>();
  for (const r of roleSkills.requirements) {
    if (!known([r.skill_id]).length) continue;
    const list = requirementsOf.get(r.role_id) ?? [];
    list.push({ skillId: r.skill_id, level: r.level, importance: r.importance });
    requirementsOf.set(r.role_id, list);
  }
  const technologiesOf = new Map<string, Technologies>();
  for (const t of roleSkills.technologies) {
    if (!known([t.skill_id]).length) continue;
    const list = technologiesOf.get(t.role_id) ?? [];
    list.push({ skillId: t.skill_id, hot: t.hot !== 0 });
    technologiesOf.set(t.role_id, list);
  }

  return {
    format: PORTABLE_FORMAT,
    version: PORTABLE_VERSION,
    exportedAt: ctx.now().toISOString(),
    settings: { name: ctx.actor.name, timeZone: ctx.actor.timeZone, digest: ctx.actor.digest, cadenceByRole },
    catalogueSkills: [...shared.values()].sort(byId),
    catalogueRoles: catalogueRoles.map((r) => ({ id: r.id, title: r.title, source: r.source })).sort(byId),
    skills: ownSkills.map(skillRecord),
    roles: ownRoles.map((r) => roleRecord(r, requirementsOf.get(r.id) ?? [], technologiesOf.get(r.id) ?? [])),
    targets: targets.map(targetRecord).sort(byId),
    assessments: assessments
      .filter((a) => known([a.skill_id]).length > 0)
      .map(assessmentRecord)
      .sort(byId),
    goals: goals.map((g) => goalRecord(g, known(goalSkills.get(g.id) ?? []))).sort(byId),
    checkIns: checkIns.map(checkInRecord),
    learning: learning
      .map((a) => ({
        id: a.id,
        kind: a.kind,
        title: a.title,
        provider: a.provider,
        url: a.url,
        format: a.format,
        status: a.status,
        startDate: a.startDate,
        endDate: a.endDate,
        hoursPlanned: a.hoursPlanned,
        cost: a.cost,
        credential: a.credential,
        skillIds: known(a.skillIds),
        goalId: a.goalId,
        createdAt: a.createdAt,
        updatedAt: a.updatedAt,
      }))
      .sort(byId),
    learningLog: log.map(logRecord),
    practice: practice.map((p) => practiceRecord(p, known(practiceSkills.get(p.id) ?? []))).sort(byId),
    content: content
      .map((c) => ({
        id: c.id,
        kind: c.kind,
        title: c.title,
        url: c.url,
        author: c.author,
        isbn: c.isbn,
        source: c.source,
        status: c.status,
        consumedOn: c.consumedOn,
        minutes: c.minutes,
        pages: c.pages,
        rating: c.rating,
        takeaways: c.takeaways,
        skillIds: known(c.skillIds),
        discussedWith: c.discussedWith,
        goodreadsBookId: c.goodreadsBookId,
        createdAt: c.createdAt,
        updatedAt: c.updatedAt,
      }))
      .sort(byId),
    feeds: feeds
      .map((f) => ({ id: f.id, url: f.url, title: f.title, siteUrl: f.site_url, createdAt: f.created_at }))
      .sort(byId),
    contacts: contacts.items
      .map((c) => ({
        id: c.id,
        name: c.name,
        emails: c.emails,
        phones: c.phones,
        company: c.company,
        position: c.position,
        linkedinUrl: c.linkedinUrl,
        howMet: c.howMet,
        tags: c.tags,
        roles: c.roles,
        notes: c.notes,
        keepInTouchDays: c.keepInTouchDays,
        connectedOn: c.connectedOn,
        addedOn: c.addedOn,
        createdAt: c.createdAt,
        updatedAt: c.updatedAt,
      }))
      .sort(byId),
    interactions: interactions
      .map((i) =>
        interactionRecord(
          i,
          (interactionContacts.get(i.id) ?? []).map((c) => c.id),
        ),
      )
      .sort(byId),
    mentorships,
    feedbackRequests,
  };
}
