import type { FeedbackRequest } from '@shared/mentoring/feedback.schema.ts';
import { useState } from 'react';
import { Link } from 'react-router';
import { messageOf } from '../../../api/errors.ts';
import { Button } from '../../../components/Button.tsx';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { formatDateTime } from '../../../components/text.ts';
import { formatDate } from '../../goals/components/widgets/dates.ts';
import { useRemoveFeedbackRequest } from '../api/feedback.ts';
import { answerLevel, recipientName, subjectPhrase } from './feedbackText.ts';
import { SUBJECT_LABELS } from './labels.ts';
import { StateBadge } from './StateBadge.tsx';
import './cards.css';
import './feedback.css';
import { focusWhenDrawn } from '../../../components/focusWhenDrawn.ts';

export interface SentListProps {
  requests: readonly FeedbackRequest[];
  /** The heading focus goes to once a request is withdrawn or deleted. */
  headingId: string;
}

/** The requests I sent, newest first: to whom, about what, their state, questions and answers. */
export function SentList({ requests, headingId }: SentListProps) {
  const remove = useRemoveFeedbackRequest();
  const showStatus = useStatus();
  const [target, setTarget] = useState<FeedbackRequest | null>(null);
  const withdrawing = target?.state === 'open';

  function confirm() {
    if (!target) return;
    remove.mutate(target.id, {
      onSuccess: () => {
        showStatus(
          withdrawing
            ? `Your request to ${recipientName(target.to)} is withdrawn: its link no longer works.`
            : `Your request to ${recipientName(target.to)} is deleted.`,
        );
        setTarget(null);
        focusWhenDrawn(headingId);
      },
    });
  }

  return (
    <>
      <ul className="sent-list">
        {requests.map((r) => (
          <SentRequest key={r.id} request={r} onRemove={() => setTarget(r)} />
        ))}
      </ul>
      <ConfirmDialog
        open={target !== null}
        title={withdrawing ? 'Withdraw this request?' : 'Delete this request?'}
        tone="danger"
        confirmLabel={withdrawing ? 'Withdraw request' : 'Delete request'}
        pendingLabel={withdrawing ? 'Withdrawing…' : 'Deleting…'}
        pending={remove.isPending}
        onConfirm={confirm}
        onCancel={() => {
          remove.reset();
          setTarget(null);
        }}
      >
        {target && (
          <p>
            {withdrawing
              ? `The link stops working: ${recipientName(target.to)} can no longer answer.`
              : 'The request goes with its answers. This cannot be undone.'}
          </p>
        )}
        {remove.isError && (
          <Notice tone="danger" role="alert">
            {messageOf(remove.error)}
          </Notice>
        )}
      </ConfirmDialog>
    </>
  );
}

function SentRequest({ request: r, onRemove }: { request: FeedbackRequest; onRemove: () => void }) {
  const who = recipientName(r.to);
  const about = `${SUBJECT_LABELS[r.about.kind]}: ${r.about.label}`;
  return (
    <li className="sent-request">
      <article aria-labelledby={`request-${r.id}`}>
        <header className="sent-request__head">
          <h3 id={`request-${r.id}`} className="sent-request__title">
            {about}
          </h3>
          <StateBadge state={r.state} />
        </header>
        <p className="sent-request__meta">
          To {who}
          {r.to.name && r.to.email ? ` (${r.to.email})` : ''} · asked {formatDateTime(r.createdAt)} ·{' '}
          {r.state === 'answered' && r.answeredAt
            ? `answered ${formatDateTime(r.answeredAt)}`
            : r.state === 'expired'
              ? `expired after ${formatDate(r.expiresOn)}`
              : `open until ${formatDate(r.expiresOn)}`}
        </p>
        <dl className="sent-request__qa">
          {r.questions.map((question, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: answers pair with questions by place
            <div key={i}>
              <dt>{question}</dt>
              <dd>{r.answers ? (r.answers[i] ?? '') : <span className="muted">No answer yet.</span>}</dd>
            </div>
          ))}
        </dl>
        {r.level !== null && (
          <p className="sent-request__level">
            Level given: <strong>{answerLevel(r.level)}</strong>
            {r.assessmentId && r.about.kind === 'skill' && r.about.id ? (
              <>
                , recorded as an assessment of your <Link to={`/skills/${r.about.id}`}>{r.about.label}</Link>{' '}
                by {who}.
              </>
            ) : (
              '.'
            )}
          </p>
        )}
        <div className="sent-request__actions">
          <Button
            variant="quiet"
            className="button--quiet-danger"
            aria-label={`${r.state === 'open' ? 'Withdraw' : 'Delete'} the request to ${who} about ${subjectPhrase(r.about)}`}
            onClick={onRemove}
          >
            {r.state === 'open' ? 'Withdraw' : 'Delete'}
          </Button>
        </div>
      </article>
    </li>
  );
}
