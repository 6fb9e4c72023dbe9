import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { ApiError } from '../../../api/client.ts';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { formatDate } from '../../goals/components/widgets/dates.ts';
import { useAnswerByLink, useQuestionnaire } from '../api/feedbackLink.ts';
import { AnswerForm } from '../components/AnswerForm.tsx';
import { subjectPhrase } from '../components/feedbackText.ts';
import '../components/feedback.css';

type Outcome = { kind: 'thanks'; to: string } | { kind: 'closed'; message: string } | { kind: 'invalid' };

const statusOf = (error: unknown) => (error instanceof ApiError ? error.status : null);
/** Answers that say the link itself cannot be answered: unknown (404), answered or expired (409). */
const HANDLED = new Set([404, 409]);

/**
 * `/feedback/:token`, outside the signed-in app: who asks and about what, the questions, a level
 * when it is about a skill, then thanks. It asks the server about this link and nothing else, so it
 * works the same with or without an account, signed in or not.
 */
export function FeedbackAnswerPage() {
  const { token = '' } = useParams();
  const questionnaire = useQuestionnaire(token);
  const answer = useAnswerByLink(token);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const loadStatus = statusOf(questionnaire.error);
  const q = questionnaire.data;

  const closed =
    outcome?.kind === 'closed'
      ? outcome.message
      : loadStatus === 409 && questionnaire.error instanceof Error
        ? questionnaire.error.message
        : null;
  const invalid = outcome?.kind === 'invalid' || loadStatus === 404;
  const title =
    outcome?.kind === 'thanks'
      ? 'Thank you'
      : invalid
        ? 'This feedback link is not valid'
        : closed !== null
          ? 'This feedback link is closed'
          : q
            ? `${q.from.name} asks for your feedback`
            : 'Feedback request';
  useDocumentTitle(title);

  // A new state of the page (an answer sent, a link found closed) is announced by its heading.
  useEffect(() => {
    if (outcome) heading.current?.focus();
  }, [outcome]);

  return (
    <div className="answer-page">
      <h1 className="answer-page__title" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {outcome?.kind === 'thanks' ? (
        <p>Your answer has reached {outcome.to}. You can close this page.</p>
      ) : invalid ? (
        <p>
          Check that you opened the whole link, as it was sent to you. If it still does not work, ask the
          person who sent it for a new one: it may have been withdrawn.
        </p>
      ) : closed !== null ? (
        <p>{closed}</p>
      ) : questionnaire.isPending ? (
        <Loading label="Loading the questions…" />
      ) : questionnaire.isError || !q ? (
        <LoadError error={questionnaire.error} onRetry={() => void questionnaire.refetch()} />
      ) : (
        <>
          <p className="answer-page__lead">
            About {subjectPhrase(q.about)}. You can answer once, until {formatDate(q.expiresOn)}; no account
            is needed, and only {q.from.name} sees your answer.
          </p>
          <AnswerForm
            idPrefix="answer"
            questionnaire={q}
            pending={answer.isPending}
            // A closed or unknown link becomes the page's own state; any other failure shows on the form.
            serverError={HANDLED.has(statusOf(answer.error) ?? 0) ? null : answer.error}
            onSubmit={(body) =>
              answer.mutate(body, {
                onSuccess: () => setOutcome({ kind: 'thanks', to: q.from.name }),
                onError: (error) => {
                  const status = statusOf(error);
                  if (status === 409) setOutcome({ kind: 'closed', message: (error as Error).message });
                  if (status === 404) setOutcome({ kind: 'invalid' });
                },
              })
            }
          />
        </>
      )}
    </div>
  );
}
