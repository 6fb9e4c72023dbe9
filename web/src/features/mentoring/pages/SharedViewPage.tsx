import type { Mentorship } from '@shared/mentoring/mentorship.schema.ts';
import { useEffect } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { ApiError } from '../../../api/client.ts';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { Breadcrumb } from '../../skills/components/Breadcrumb.tsx';
import { useMentorship, useSharedView } from '../api/mentorships.ts';
import { otherName, otherSide, partyName, sharedTitle } from '../components/mentorshipText.ts';
import { writeBlock } from '../components/permissions.ts';
import { SharedGoalCard } from '../components/SharedGoalCard.tsx';
import { SharedSkills } from '../components/SharedSkills.tsx';
import { ShareGoalsPanel } from '../components/ShareGoalsPanel.tsx';
import '../../../components/empty-state.css';
import '../../../components/page.css';
import '../components/mentoring.css';
import '../components/shared-view.css';

/**
 * `/mentoring/:id/shared`: what the mentor sees of the mentee. The mentor reads "What Ann shares with
 * you"; the mentee "What Bob sees", and chooses there which goals her mentors see.
 */
export function SharedViewPage() {
  const { id = '' } = useParams();
  const mentorship = useMentorship(id);
  const m = mentorship.data;
  const missing = mentorship.error instanceof ApiError && mentorship.error.status === 404;
  useDocumentTitle(m ? sharedTitle(m) : missing ? 'Mentorship not found' : 'Shared with your mentor');

  return (
    <div className="page page--wide shared-page">
      <header className="page-header">
        <Breadcrumb
          trail={[
            ['/mentoring', 'Mentoring'],
            ...(m ? ([[`/mentoring/${m.id}`, `Mentorship with ${otherName(m)}`]] as const) : []),
          ]}
        />
        <h1 className="page-header__title">
          {m ? sharedTitle(m) : missing ? 'Mentorship not found' : 'Shared with your mentor'}
        </h1>
        {m?.state === 'active' && otherSide(m).contactId === null && (
          <p className="page-header__lead">
            {m.myRole === 'mentor'
              ? `The goals ${partyName(m.mentee)} shares with their mentors, with progress and check-ins${m.shareSkills ? ', and their skills' : ''}. Comment on a goal${m.shareSkills ? ' or assess a skill' : ''} to give feedback.`
              : `Exactly what ${partyName(m.mentor)} sees of you: the goals you share with your mentors${m.shareSkills ? ' and your skills' : ''}, with the comments under them.`}
          </p>
        )}
      </header>
      {mentorship.isPending && <Loading label="Loading the mentorship…" />}
      {mentorship.isError &&
        (missing ? (
          <p>
            It may have been withdrawn, or the link is wrong.{' '}
            <Link to="/mentoring">See your mentorships</Link>.
          </p>
        ) : (
          <LoadError error={mentorship.error} onRetry={() => void mentorship.refetch()} />
        ))}
      {m && <SharedBody mentorship={m} />}
    </div>
  );
}

function SharedBody({ mentorship: m }: { mentorship: Mentorship }) {
  const active = m.state === 'active';
  const withContact = otherSide(m).contactId !== null;
  const view = useSharedView(m.id, active && !withContact);
  const mentee = m.myRole === 'mentee';
  const { hash } = useLocation();

  useEffect(() => {
    if (!hash.startsWith('#goal-') || !view.data) return;
    // After the shell has moved focus to the page heading: bring the person to the goal.
    const timer = setTimeout(() => {
      const target = document.getElementById(hash.slice(1));
      target?.scrollIntoView({ block: 'start' });
      target?.focus({ preventScroll: true });
    }, 50);
    return () => clearTimeout(timer);
  }, [hash, view.data]);

  if (withContact)
    return (
      <Notice>
        {otherName(m)} is one of your contacts, without an account here: they see nothing in Trellis, so
        nothing is shared. <Link to={`/mentoring/${m.id}`}>Back to the mentorship</Link>.
      </Notice>
    );
  if (!active)
    return (
      <div className="page__stack">
        <Notice>
          Nothing is shared now. {writeBlock(m)} <Link to={`/mentoring/${m.id}`}>Back to the mentorship</Link>
          .
        </Notice>
        {mentee && m.state === 'invited' && <ShareGoalsPanel mentorship={m} />}
      </div>
    );

  const goals = view.data?.goals ?? [];
  const menteeName = partyName(m.mentee);
  return (
    <div className="page__stack">
      {mentee && <ShareGoalsPanel mentorship={m} />}
      {view.isPending && <Loading label="Loading what is shared…" />}
      {view.isError && <LoadError error={view.error} onRetry={() => void view.refetch()} />}
      {view.data && (
        <>
          <section className="shared-section" aria-labelledby="shared-goals-title">
            <h2 id="shared-goals-title" className="shared-section__title">
              Goals
            </h2>
            {goals.length === 0 ? (
              <div className="empty-line">
                {mentee ? (
                  <p>
                    You share no goals with {partyName(m.mentor)} yet. Tick a goal above to set its visibility
                    to “mentors”: your mentors then see its progress and check-ins, and can comment on it.
                  </p>
                ) : (
                  <p>
                    {menteeName} shares no goals with you yet. A goal shows here once they set its visibility
                    to “mentors”, which they can do from their own view of this mentorship.
                  </p>
                )}
              </div>
            ) : (
              <ul className="shared-goals" aria-label="Shared goals, focus first">
                {goals.map((g) => (
                  <SharedGoalCard key={g.goal.id} mentorshipId={m.id} shared={g} canComment={active} />
                ))}
              </ul>
            )}
          </section>
          <section className="shared-section" aria-labelledby="shared-skills-title">
            <h2 id="shared-skills-title" className="shared-section__title">
              Skills
            </h2>
            {view.data.skills === null ? (
              <p className="muted">
                {mentee ? (
                  <>
                    You do not share your skills with {partyName(m.mentor)}.{' '}
                    <Link to={`/mentoring/${m.id}/edit`}>Edit the mentorship</Link> to share them.
                  </>
                ) : (
                  `${menteeName} does not share their skills with you.`
                )}
              </p>
            ) : (
              <SharedSkills mentorship={view.data.mentorship} skills={view.data.skills} />
            )}
          </section>
        </>
      )}
    </div>
  );
}
