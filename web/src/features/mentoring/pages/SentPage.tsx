import { ButtonLink } from '../../../components/ButtonLink.tsx';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { plural } from '../../goals/components/detail/family.ts';
import { useSentRequests } from '../api/feedback.ts';
import { SentList } from '../components/SentList.tsx';
import '../../../components/empty-state.css';
import '../components/mentoring.css';
import '../components/feedback.css';

const HEADING_ID = 'sent-title';

/** `/feedback-requests`: the requests I sent, newest first, with their answers. */
export function SentPage() {
  useDocumentTitle('Feedback you asked for');
  const sent = useSentRequests();
  const answered = sent.data?.filter((r) => r.state === 'answered').length ?? 0;

  return (
    <section aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID} className="section-title" tabIndex={-1}>
        Sent
      </h2>
      {sent.isPending && <Loading label="Loading your requests…" />}
      {sent.isError && <LoadError error={sent.error} onRetry={() => void sent.refetch()} />}
      {sent.data && sent.data.length === 0 && (
        <div className="empty-state">
          <h3 className="empty-state__title">No feedback asked for yet</h3>
          <p>
            Ask a colleague, a mentor or a customer a few short questions about a goal, a skill or something
            you did. They answer through a link, without an account; an answer about a skill can give you a
            level.
          </p>
          <ButtonLink variant="primary" to="/feedback-requests/new">
            Ask for feedback
          </ButtonLink>
        </div>
      )}
      {sent.data && sent.data.length > 0 && (
        <>
          <p className="mentoring-count" role="status">
            {plural(sent.data.length, 'request', 'requests')}, {answered} answered, newest first
          </p>
          <SentList requests={sent.data} headingId={HEADING_ID} />
        </>
      )}
    </section>
  );
}
