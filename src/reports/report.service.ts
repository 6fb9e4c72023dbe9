// Gathers a period report: every figure of the period and of the one before it, read as one
// grouped query per family over both periods at once, then the goals, skills, highlights and the
// charts' series.
import { addDays, daysBetween } from '../../shared/calendar.ts';
import type { Figure, Report } from '../../shared/reports/report.schema.ts';
import { ContentRepository } from '../content/content.repository.ts';
import { GoalForest } from '../goals/goal.forest.ts';
import { GoalRepository } from '../goals/goal.repository.ts';
import { LearningRepository } from '../learning/learning.repository.ts';
import { ActionItemRepository } from '../mentoring/action-item.repository.ts';
import { personOf } from '../mentoring/mentoring.party.ts';
import { SessionRepository } from '../mentoring/session.repository.ts';
import { ContactRepository } from '../network/contact.repository.ts';
import { InteractionRepository } from '../network/interaction.repository.ts';
import { NetworkService } from '../network/network.service.ts';
import type { RequestContext } from '../platform/http/request-context.ts';
import { PracticeRepository } from '../practice/practice.repository.ts';
import { bucketOf, bucketsOf, type Dated, totalIn, totalsPer } from './domain/buckets.ts';
import { figure, hoursOf } from './domain/figures.ts';
import { comparisonOf, highlights } from './domain/highlights.ts';
import type { DateSpan, ReportSpans } from './domain/period.ts';
import { ReportGoals } from './report.goals.ts';
import { reportSkills } from './report.skills.ts';

/** Days after a period within which an expiring credential is counted. */
const EXPIRING_WITHIN_DAYS = 90;

/** One person's period report. */
export class ReportService {
  constructor(private readonly ctx: RequestContext) {}

  async report({ kind, period, previous }: ReportSpans): Promise<Report> {
    const scope = this.ctx.scope;
    const both = { from: previous.from, to: period.to };
    const person = personOf(this.ctx.actor);
    const instance = this.ctx.access.instance;
    const learning = new LearningRepository(scope);
    const network = new NetworkService(this.ctx);
    const [
      forest,
      learned,
      practised,
      content,
      credentials,
      interactions,
      added,
      sessions,
      items,
      skills,
      dueNow,
      dueBefore,
    ] = await Promise.all([
      GoalForest.load(new GoalRepository(scope)),
      learning.minutesByDate(both.from, both.to),
      new PracticeRepository(scope).minutesByDate(both.from, both.to),
      new ContentRepository(scope).doneByDate(both.from, both.to),
      learning.credentialDatesBetween(both.from, addDays(period.to, EXPIRING_WITHIN_DAYS)),
      new InteractionRepository(scope).countByDate(both.from, both.to),
      new ContactRepository(scope).addedByDate(both.from, both.to),
      new SessionRepository(instance, person).countByDate(both.from, both.to),
      new ActionItemRepository(instance, person).doneByDate(both.from, both.to),
      reportSkills(scope, period, previous),
      network.due(period.to),
      network.due(previous.to),
    ]);

    const goals = new ReportGoals(forest, this.ctx.today());
    const [g, gBefore] = [goals.counts(period), goals.counts(previous)];
    const sum = <K extends string>(rows: readonly Dated<K>[], key: K): [number, number] => [
      totalIn(rows, period, [key])[key],
      totalIn(rows, previous, [key])[key],
    ];
    const [learnedNow, learnedBefore] = sum(learned, 'minutes');
    const [practisedNow, practisedBefore] = sum(practised, 'minutes');
    const earned = (span: DateSpan) =>
      credentials.filter((c) => c.issuedOn !== null && c.issuedOn >= span.from && c.issuedOn <= span.to)
        .length;
    const expiring = (span: DateSpan) => {
      const until = addDays(span.to, EXPIRING_WITHIN_DAYS);
      return credentials.filter((c) => c.expiresOn !== null && c.expiresOn > span.to && c.expiresOn <= until)
        .length;
    };
    const dueCount = (d: typeof dueNow) => d.due.length + d.losingTouch.length;

    const figures: Figure[] = [
      figure('goals.active', g.active, gBefore.active),
      figure('goals.achieved', g.achieved, gBefore.achieved),
      figure('goals.missed', g.missed, gBefore.missed),
      figure('goals.onTrack', g.onTrack, gBefore.onTrack),
      figure('goals.atRisk', g.atRisk, gBefore.atRisk),
      figure('goals.offTrack', g.offTrack, gBefore.offTrack),
      figure('learning.hours', hoursOf(learnedNow), hoursOf(learnedBefore)),
      figure('practice.hours', hoursOf(practisedNow), hoursOf(practisedBefore)),
      figure('content.done', ...sum(content, 'done')),
      figure('content.minutes', ...sum(content, 'minutes')),
      figure('content.pages', ...sum(content, 'pages')),
      figure('credentials.earned', earned(period), earned(previous)),
      figure('credentials.expiring', expiring(period), expiring(previous)),
      figure('network.interactions', ...sum(interactions, 'count')),
      figure('network.newContacts', ...sum(added, 'count')),
      figure('network.due', dueCount(dueNow), dueCount(dueBefore)),
      figure('mentoring.sessions', ...sum(sessions, 'count')),
      figure('mentoring.actionItemsDone', ...sum(items, 'count')),
      figure('skills.assessments', skills.assessments.value, skills.assessments.previous),
    ];

    const measured = goals.measured(period);
    const bucket = bucketOf(kind, period);
    const buckets = bucketsOf(period, bucket);
    const learnedPer = totalsPer(learned, buckets, ['minutes']);
    const practisedPer = totalsPer(practised, buckets, ['minutes']);
    const contentPer = totalsPer(content, buckets, ['done', 'minutes', 'pages']);
    return {
      period,
      previous,
      kind,
      figures,
      goals: measured,
      skills: skills.moved,
      highlights: highlights(figures, comparisonOf(kind, daysBetween(period.from, period.to) + 1)),
      series: {
        bucket,
        time: buckets.map((b, i) => ({
          ...b,
          learningHours: hoursOf(learnedPer[i]!.minutes),
          practiceHours: hoursOf(practisedPer[i]!.minutes),
        })),
        content: buckets.map((b, i) => ({ ...b, ...contentPer[i]! })),
        goals: goals.series(measured, buckets),
        skills: skills.series,
      },
    };
  }
}
