import type { CreatedFeedbackRequest } from '@shared/mentoring/feedback.schema.ts';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { useMe } from '../../accounts/api/session.ts';
import { Breadcrumb } from '../../skills/components/Breadcrumb.tsx';
import { CreatedLink } from '../components/CreatedLink.tsx';
import { FeedbackForm } from '../components/FeedbackForm.tsx';
import { type FeedbackFormValues, newFeedbackValues } from '../components/feedbackFormValues.ts';
import '../../../components/page.css';
import '../components/feedback.css';
import { focusWhenDrawn } from '../../../components/focusWhenDrawn.ts';

interface Created {
  request: CreatedFeedbackRequest;
  email: string | null;
}

/**
 * `/feedback-requests/new`: ask someone for feedback, then the link to send them, shown this once
 * (it lives in this page's state only: leaving the page forgets it, as the server does).
 */
export function FeedbackFormPage() {
  useDocumentTitle('Ask for feedback');
  const { data: user } = useMe();
  const navigate = useNavigate();
  const location = useLocation();
  const [created, setCreated] = useState<Created | null>(null);
  const [round, setRound] = useState(0);

  function onCreated(request: Created['request'], values: FeedbackFormValues) {
    const email = request.to.email ?? (values.toKind === 'contact' ? (values.contact?.email ?? null) : null);
    setCreated({ request, email });
  }

  return (
    <div className="page">
      <header className="page-header">
        <Breadcrumb trail={[['/feedback-requests', 'Feedback']]} />
        <h1 className="page-header__title">Ask for feedback</h1>
        <p className="page-header__lead">
          A few short questions to someone whose view you value. They answer through a link, once, without an
          account.
        </p>
      </header>
      {created ? (
        <CreatedLink
          request={created.request}
          email={created.email}
          fromName={user?.name ?? ''}
          onAnother={() => {
            setCreated(null);
            setRound((r) => r + 1);
            focusWhenDrawn('feedback-kind-email');
          }}
        />
      ) : (
        <FeedbackForm
          key={round}
          initial={newFeedbackValues()}
          onCreated={onCreated}
          onCancel={() => (location.key !== 'default' ? navigate(-1) : navigate('/feedback-requests'))}
        />
      )}
    </div>
  );
}
