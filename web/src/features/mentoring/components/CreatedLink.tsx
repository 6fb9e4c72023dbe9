import type { CreatedFeedbackRequest } from '@shared/mentoring/feedback.schema.ts';
import { useEffect, useRef } from 'react';
import { Button } from '../../../components/Button.tsx';
import { ButtonLink } from '../../../components/ButtonLink.tsx';
import { CopyField } from '../../../components/CopyField.tsx';
import { formatDate } from '../../goals/components/widgets/dates.ts';
import { feedbackMailto, feedbackUrl, recipientName, subjectPhrase } from './feedbackText.ts';
import './feedback.css';

export interface CreatedLinkProps {
  request: CreatedFeedbackRequest;
  /** The e-mail to write to: the request's, or its contact's first one. */
  email: string | null;
  fromName: string;
  onAnother: () => void;
}

/**
 * The link to send, shown this once: copy it, or write the e-mail with it (prefilled, in the
 * person's own mail program), unless Trellis e-mailed it already. Its heading takes focus, so the
 * news is the first thing heard.
 */
export function CreatedLink({ request, email, fromName, onAnother }: CreatedLinkProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const url = feedbackUrl(window.location.origin, request.link);
  const who = recipientName(request.to);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <section className="created-link" aria-labelledby="created-link-title">
      <h2 id="created-link-title" ref={heading} tabIndex={-1} className="created-link__title">
        {request.emailedTo ? `Trellis e-mailed the link to ${who}` : `Send this link to ${who}`}
      </h2>
      {request.emailedTo && (
        <p>
          It went to <strong>{request.emailedTo}</strong>. Copy it below too, to send it another way.
        </p>
      )}
      <p>
        {who} can answer your{' '}
        {request.questions.length === 1 ? 'question' : `${request.questions.length} questions`} about{' '}
        {subjectPhrase(request.about)} through it, once, without an account, until{' '}
        {formatDate(request.expiresOn)}.
      </p>
      <CopyField
        id="feedback-link"
        label="Feedback link"
        value={url}
        hint={
          <strong>
            This is the only time the link is shown: Trellis keeps no copy it could show again. Copy it now.
          </strong>
        }
      />
      <div className="created-link__actions">
        {email && !request.emailedTo && (
          <a
            className="button button--primary"
            href={feedbackMailto({
              to: email,
              fromName,
              about: request.about,
              url,
              expiresOn: request.expiresOn,
            })}
          >
            Write the e-mail to {email}
          </a>
        )}
        <ButtonLink variant="secondary" to="/feedback-requests">
          See your requests
        </ButtonLink>
        <Button variant="quiet" onClick={onAnother}>
          Ask someone else
        </Button>
      </div>
    </section>
  );
}
