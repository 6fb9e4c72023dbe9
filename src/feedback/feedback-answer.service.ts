import { formatDate, todayIn } from '../../shared/calendar.ts';
import type { FeedbackAnswerBody, FeedbackQuestionnaire } from '../../shared/mentoring/feedback.schema.ts';
import type { ContactRole } from '../../shared/network/contact.schema.ts';
import { actorOf } from '../accounts/account.service.ts';
import { UserRepository, type UserRow } from '../accounts/user.repository.ts';
import { ContactRepository, type ContactRow } from '../network/contact.repository.ts';
import { listOf } from '../network/contact.rows.ts';
import type { Access, OwnerScope } from '../platform/access/access.ts';
import type { Actor } from '../platform/access/actor.ts';
import type { Clock } from '../platform/clock.ts';
import { conflict, invalidField, notFound } from '../platform/http/errors.ts';
import { type RequestContext, requestContext } from '../platform/http/request-context.ts';
import { AssessmentService } from '../skills/assessment.service.ts';
import { CatalogueRepository } from '../skills/catalogue.repository.ts';
import { answerProblem, assessorOf, sourceOf, stateOf } from './domain/feedback.rules.ts';
import { jsonList, presentQuestionnaire } from './feedback.presenter.ts';
import { linkTokenHash } from './feedback.token.ts';
import { FeedbackRecipientRepository } from './feedback-recipient.repository.ts';
import {
  FeedbackRequestRepository,
  type FeedbackRequestRow,
  type ListedRequestRow,
} from './feedback-request.repository.ts';

/** Who answers: an account from its inbox, or nobody known (the link). */
interface Answerer {
  userId: string | null;
  name: string | null;
}

const NOBODY: Answerer = { userId: null, name: null };
const ASSESSMENT_NOTE = 'From a feedback request';

/** 409 unless the request is open on `today` (the requester's today): the link's holder may know why. */
function checkOpen(row: Pick<ListedRequestRow, 'answered_at' | 'expires_on'>, today: string): void {
  const state = stateOf({ answeredAt: row.answered_at, expiresOn: row.expires_on }, today);
  if (state === 'answered') throw conflict('This request has already been answered.');
  if (state === 'expired') throw conflict(`This request expired on ${formatDate(row.expires_on)}.`);
}

/**
 * The answering side of feedback requests: the public link (no account) and the inbox of an
 * account that holds an e-mail a request was sent to. Either way the request is read and written
 * through its requester's scope, and expiry is judged by her today, in her time zone.
 */
export class FeedbackAnswerService {
  private readonly users: UserRepository;
  private readonly recipients: FeedbackRecipientRepository;

  constructor(
    private readonly access: Access,
    private readonly clock: Clock,
  ) {
    this.users = new UserRepository(access.instance);
    this.recipients = new FeedbackRecipientRepository(access.instance);
  }

  /** The questions behind a link: 404 for an unknown or withdrawn link, 409 once answered or expired. */
  async open(token: string): Promise<FeedbackQuestionnaire> {
    const { row, requester } = await this.byToken(token);
    checkOpen(row, this.todayOf(requester));
    return presentQuestionnaire(row, requester.name, null);
  }

  /** Answers through a link, once. */
  async answerByLink(token: string, body: FeedbackAnswerBody): Promise<void> {
    const { row, requester } = await this.byToken(token);
    await this.answer(row.id, requester, body, NOBODY);
  }

  /** The open requests sent to the actor's e-mail by others, newest first. */
  async inbox(actor: Actor): Promise<FeedbackQuestionnaire[]> {
    const idsByRequester = new Map<string, string[]>();
    for (const { requestId, requesterId } of await this.recipients.sentTo(actor.email, actor.id)) {
      const ids = idsByRequester.get(requesterId);
      if (ids) ids.push(requestId);
      else idsByRequester.set(requesterId, [requestId]);
    }
    const requesters = await this.users.findByIds([...idsByRequester.keys()]);
    const found: FeedbackQuestionnaire[] = [];
    // One query per person who asked, through her scope, with her today deciding what is open.
    for (const requester of requesters) {
      const repo = new FeedbackRequestRepository(this.access.instance.scopeOf(requester.id));
      const rows = await repo.openAmong(idsByRequester.get(requester.id)!, this.todayOf(requester));
      found.push(...rows.map((row) => presentQuestionnaire(row, requester.name, row.id)));
    }
    return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id!.localeCompare(a.id!));
  }

  /** Answers a request from the actor's inbox, once; 404 unless it was sent to her e-mail by someone else. */
  async answerFromInbox(actor: Actor, id: string, body: FeedbackAnswerBody): Promise<void> {
    const requesterId = await this.recipients.requesterOf(id, actor.email, actor.id);
    const requester = requesterId === null ? undefined : await this.users.findById(requesterId);
    if (!requester) throw notFound('feedback request');
    await this.answer(id, requester, body, { userId: actor.id, name: actor.name });
  }

  /** The request a link's token opens, and whose it is; 404 for anything else. */
  private async byToken(token: string): Promise<{ row: FeedbackRequestRow; requester: UserRow }> {
    const hash = linkTokenHash(token);
    const row =
      hash === null ? undefined : await this.access.instance.findCredential('feedback_requests', hash);
    const requester = row && (await this.users.findById(row.owner_id));
    if (!row || !requester) throw notFound('feedback request');
    return { row, requester };
  }

  /**
   * Stores an answer under the requester's lock: the request is read again (it may have been
   * withdrawn, answered or have expired since), the answer checked against it, the level made an
   * assessment, and the answer written only if the request is still open, all in one transaction.
   */
  private async answer(
    id: string,
    requester: UserRow,
    body: FeedbackAnswerBody,
    by: Answerer,
  ): Promise<void> {
    const today = this.todayOf(requester);
    await this.access.instance.scopeOf(requester.id).serialized(async (scope) => {
      const repo = new FeedbackRequestRepository(scope);
      const row = await repo.find(id);
      if (!row) throw notFound('feedback request');
      checkOpen(row, today);
      const problem = answerProblem(
        { questionCount: jsonList(row.questions).length, subjectKind: row.subject_kind },
        body,
      );
      if (problem) throw invalidField(problem.path, problem.message);
      const assessmentId =
        body.level === undefined
          ? null
          : await this.assess(this.contextOf(requester, scope), row, body.level, by);
      const stored = await repo.answer(
        id,
        {
          answers: JSON.stringify(body.answers),
          level: body.level ?? null,
          assessmentId,
          answeredAt: this.clock.now().toISOString(),
          answeredByUserId: by.userId,
        },
        today,
      );
      // Under the lock nothing else answers it; should it still be taken, the assessment goes back too.
      if (!stored) throw conflict('This request has already been answered.');
    });
  }

  /**
   * The level of an answer as an assessment of the requester's skill: from a mentor or manager
   * when the contact asked has that role, else from a peer, named after the contact, the answering
   * account or the e-mail. Null when the skill is gone: the answer is kept all the same.
   */
  private async assess(
    ctx: RequestContext,
    row: ListedRequestRow,
    level: number,
    by: Answerer,
  ): Promise<string | null> {
    if (row.subject_id === null) return null;
    const skill = await new CatalogueRepository(ctx.scope).findSkill(row.subject_id);
    if (!skill) return null;
    const contact = await this.contactOf(ctx.scope, row);
    const assessment = await new AssessmentService(ctx).create(skill.id, {
      level,
      source: sourceOf(contact ? listOf<ContactRole>(contact.roles) : []),
      assessor: assessorOf({ contactName: contact?.name ?? null, accountName: by.name, email: row.to_email }),
      note: ASSESSMENT_NOTE,
    });
    return assessment.id;
  }

  /** The requester's contact asked: the one named, else the oldest with the e-mail asked. */
  private async contactOf(scope: OwnerScope, row: ListedRequestRow): Promise<ContactRow | undefined> {
    const contacts = new ContactRepository(scope);
    if (row.to_contact_id !== null) return contacts.find(row.to_contact_id);
    if (row.to_email !== null) return (await contacts.withEmail(row.to_email))[0];
    return undefined;
  }

  /**
   * The requester's context, for writing on her skill: her scope in this transaction, her today.
   * She is not the one asking; like the console, the code acts for her on what she set up.
   */
  private contextOf(requester: UserRow, scope: OwnerScope): RequestContext {
    return { ...requestContext(actorOf(requester, 'console', null), this.access, this.clock), scope };
  }

  private todayOf(requester: UserRow): string {
    return todayIn(requester.timezone, this.clock.now());
  }
}
