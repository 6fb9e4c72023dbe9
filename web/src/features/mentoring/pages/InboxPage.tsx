import type { FeedbackQuestionnaire } from '@shared/mentoring/feedback.schema.ts';
import { useRef, useState } from 'react';
import { Button } from '../../../components/Button.tsx';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { formatDate } from '../../goals/components/widgets/dates.ts';
import { useAnswerFromInbox } from '../api/feedback.ts';
import { useFeedbackInbox } from '../api/home.ts';
import { AnswerForm } from '../components/AnswerForm.tsx';
import { subjectPhrase } from '../components/feedbackText.ts';
import '../../../components/empty-state.css';
import '../components/cards.css';
import '../components/feedback.css';
import { focusWhenDrawn } from '../../../components/focusWhenDrawn.ts';

const HEADING_ID = 'inbox-title';

/** `/feedback-requests/inbox`: the requests sent to my e-mail, each to answer here, once. */
export function InboxPage() {
  useDocumentTitle('Feedback inbox');
  const inbox = useFeedbackInbox();

  return (
    <section aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID} className="section-title" tabIndex={-1}>
        Inbox
      </h2>
      {inbox.isPending && <Loading label="Loading your inbox…" />}
      {inbox.isError && <LoadError error={inbox.error} onRetry={() => void inbox.refetch()} />}
      {inbox.data && inbox.data.length === 0 && (
        <div className="empty-line">
          <p>
            No requests wait for your answer. When someone asks for your feedback at the e-mail of your
            account, it shows here (and through the link they send you).
          </p>
        </div>
      )}
      {inbox.data && inbox.data.length > 0 && (
        <ul className="feedback-inbox-list">
          {inbox.data.map((q) => (
            <InboxRequest key={q.id ?? q.createdAt} questionnaire={q} />
          ))}
        </ul>
      )}
    </section>
  );
}

function InboxRequest({ questionnaire: q }: { questionnaire: FeedbackQuestionnaire }) {
  const answer = useAnswerFromInbox();
  const showStatus = useStatus();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const title = `${q.from.name} asks for your feedback on ${subjectPhrase(q.about)}`;
  const id = q.id ?? '';

  return (
    <li className="inbox-request">
      <article aria-labelledby={`inbox-${id}`}>
        <h3 id={`inbox-${id}`} className="inbox-request__title">
          {title}
        </h3>
        <p className="inbox-request__meta">
          {q.questions.length === 1 ? 'One question' : `${q.questions.length} questions`}
          {q.asksLevel ? ' and a level' : ''} · open until {formatDate(q.expiresOn)}
        </p>
        {open ? (
          <AnswerForm
            idPrefix={`inbox-${id}`}
            questionnaire={q}
            pending={answer.isPending}
            serverError={answer.error}
            onCancel={() => {
              setOpen(false);
              answer.reset();
              focusWhenDrawn(() => button.current);
            }}
            onSubmit={(body) =>
              // The answered request leaves the inbox, and this item with it: the promise settles even
              // then, where the callbacks of an unmounted component would not run.
              answer.mutateAsync({ id, body }).then(
                () => {
                  showStatus(`Your answer is sent to ${q.from.name}. Thank you.`);
                  focusWhenDrawn(HEADING_ID);
                },
                () => {},
              )
            }
          />
        ) : (
          <>
            <ol className="inbox-request__questions">
              {q.questions.map((question, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: questions are told apart by their place
                <li key={i}>{question}</li>
              ))}
            </ol>
            <Button
              ref={button}
              variant="primary"
              onClick={() => setOpen(true)}
              aria-label={`Answer ${q.from.name}`}
            >
              Answer
            </Button>
          </>
        )}
      </article>
    </li>
  );
}
