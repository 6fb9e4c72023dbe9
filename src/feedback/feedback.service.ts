import { addDays } from '../../shared/calendar.ts';
import type {
  CreatedFeedbackRequest,
  CreateFeedbackRequestBody,
  FEEDBACK_STATES,
  FeedbackRequest,
} from '../../shared/mentoring/feedback.schema.ts';
import { EXPIRY_DEFAULT_DAYS } from '../../shared/mentoring/mentoring.limits.ts';
import { GoalRepository } from '../goals/goal.repository.ts';
import { ContactRepository } from '../network/contact.repository.ts';
import { type ContactEntry, listOf } from '../network/contact.rows.ts';
import type { OwnerScope } from '../platform/access/access.ts';
import { invalidField, notFound } from '../platform/http/errors.ts';
import type { RequestContext } from '../platform/http/request-context.ts';
import { newId } from '../platform/ids.ts';
import { CatalogueRepository } from '../skills/catalogue.repository.ts';
import { presentRequest } from './feedback.presenter.ts';
import { linkPath, newLinkToken } from './feedback.token.ts';
import { FeedbackRecipientRepository } from './feedback-recipient.repository.ts';
import { FeedbackRequestRepository, type FeedbackRequestRow } from './feedback-request.repository.ts';

type To = CreateFeedbackRequestBody['to'];
type About = CreateFeedbackRequestBody['about'];

/** Whom a request goes to, as stored, and the e-mails whose accounts find it in their inbox. */
interface Recipient {
  email: string | null;
  contactId: string | null;
  contactName: string | null;
  inboxEmails: string[];
}

/** What a request is about, with the label answerers read. */
interface Subject {
  kind: FeedbackRequestRow['subject_kind'];
  id: string | null;
  label: string;
}

/**
 * The requests a person sends: created with a link shown once, listed with their answers,
 * withdrawn. The answering side is in feedback-answer.service.ts.
 */
export class FeedbackService {
  private readonly repo: FeedbackRequestRepository;

  constructor(private readonly ctx: RequestContext) {
    this.repo = new FeedbackRequestRepository(ctx.scope);
  }

  /**
   * Creates a request and answers it with its link, and the address to e-mail the link to (the
   * e-mail asked, or the contact's first). The answer is the same whether or not an account has
   * the e-mail asked: nothing here tells who has one.
   */
  async create(
    body: CreateFeedbackRequestBody,
  ): Promise<{ request: Omit<CreatedFeedbackRequest, 'emailedTo'>; mailTo: string | null }> {
    const now = this.ctx.now().toISOString();
    const today = this.ctx.today();
    const { token, hash } = newLinkToken();
    return this.ctx.access.instance.transaction((instance) =>
      // Under the owner's lock, as deleting a contact is: the contact named is there until this ends.
      instance.scopeOf(this.ctx.actor.id).serialized(async (scope) => {
        const to = await this.recipient(scope, body.to);
        const subject = await subjectOf(scope, body.about);
        const row: FeedbackRequestRow = {
          id: newId(),
          to_email: to.email,
          to_contact_id: to.contactId,
          subject_kind: subject.kind,
          subject_id: subject.id,
          subject_label: subject.label,
          questions: JSON.stringify(body.questions),
          expires_on: addDays(today, body.expiresInDays ?? EXPIRY_DEFAULT_DAYS),
          answers: null,
          level: null,
          assessment_id: null,
          answered_at: null,
          answered_by_user_id: null,
          created_at: now,
        };
        await new FeedbackRequestRepository(scope).insert(row, hash);
        await new FeedbackRecipientRepository(instance).insert(row.id, this.ctx.actor.id, to.inboxEmails);
        return {
          request: {
            ...presentRequest({ ...row, contact_name: to.contactName }, today),
            link: linkPath(token),
          },
          mailTo: to.email ?? to.inboxEmails[0] ?? null,
        };
      }),
    );
  }

  /** Her requests, newest first, each in its state today; only those in `state` when given. */
  async list(state: (typeof FEEDBACK_STATES)[number] | undefined): Promise<FeedbackRequest[]> {
    const today = this.ctx.today();
    return (await this.repo.list(state, today)).map((row) => presentRequest(row, today));
  }

  async get(id: string): Promise<FeedbackRequest> {
    const row = await this.repo.find(id);
    if (!row) throw notFound('feedback request');
    return presentRequest(row, this.ctx.today());
  }

  /** Withdraws a request (its link answers 404 from now on), or deletes an answered one. */
  async remove(id: string): Promise<void> {
    if (!(await this.repo.delete(id))) throw notFound('feedback request');
  }

  /** The recipient: an e-mail not her own, or one of her contacts (with or without e-mails). */
  private async recipient(scope: OwnerScope, to: To): Promise<Recipient> {
    if ('email' in to) {
      if (to.email === this.ctx.actor.email.toLowerCase()) {
        throw invalidField('to.email', 'is your own e-mail; ask someone else');
      }
      return { email: to.email, contactId: null, contactName: null, inboxEmails: [to.email] };
    }
    const contact = await new ContactRepository(scope).find(to.contactId);
    if (!contact) throw invalidField('to.contactId', 'is not one of your contacts');
    return {
      email: null,
      contactId: contact.id,
      contactName: contact.name,
      inboxEmails: listOf<ContactEntry>(contact.emails).map((e) => e.value),
    };
  }
}

/** The subject: one of her goals, a skill she sees (the catalogue's or her own), or a topic. */
async function subjectOf(scope: OwnerScope, about: About): Promise<Subject> {
  if ('goalId' in about) {
    const goal = await new GoalRepository(scope).findGoal(about.goalId);
    if (!goal) throw invalidField('about.goalId', 'is not one of your goals');
    return { kind: 'goal', id: goal.id, label: goal.title };
  }
  if ('skillId' in about) {
    const skill = await new CatalogueRepository(scope).findSkill(about.skillId);
    if (!skill) throw invalidField('about.skillId', 'is not a skill you can see');
    return { kind: 'skill', id: skill.id, label: skill.name };
  }
  return { kind: 'topic', id: null, label: about.topic };
}
