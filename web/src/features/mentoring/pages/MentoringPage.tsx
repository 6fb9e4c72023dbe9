import type { Mentorship } from '@shared/mentoring/mentorship.schema.ts';
import { useRef } from 'react';
import { ButtonLink } from '../../../components/ButtonLink.tsx';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { useToday } from '../../goals/components/widgets/dates.ts';
import { useFocusAfterSave } from '../../skills/components/arrival.ts';
import { useMentorships } from '../api/mentorships.ts';
import { InvitationList } from '../components/InvitationList.tsx';
import { STATE_ORDER } from '../components/labels.ts';
import { MentorshipCard } from '../components/MentorshipCard.tsx';
import { isInvitationToMe } from '../components/permissions.ts';
import '../../../components/empty-state.css';
import '../../../components/page.css';
import '../components/mentoring.css';

const byState = (a: Mentorship, b: Mentorship) =>
  STATE_ORDER.indexOf(a.state) - STATE_ORDER.indexOf(b.state) || b.updatedAt.localeCompare(a.updatedAt);

/**
 * The Mentoring page: invitations to me (to accept or decline), then my mentors and the people I
 * mentor, the live ones first, each with its state, focus and next session.
 */
export function MentoringPage() {
  useDocumentTitle('Mentoring');
  const mentorships = useMentorships();
  const today = useToday();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusAfterSave(heading, mentorships.isSuccess);
  const all = mentorships.data ?? [];
  const invitations = all.filter(isInvitationToMe);
  const mine = all.filter((m) => !isInvitationToMe(m)).sort(byState);
  const mentors = mine.filter((m) => m.myRole === 'mentee');
  const mentees = mine.filter((m) => m.myRole === 'mentor');

  return (
    <div className="page page--wide mentoring-page">
      <header className="page-header page-header--with-action">
        <div>
          <h1 className="page-header__title" id="mentoring-title" ref={heading} tabIndex={-1}>
            Mentoring
          </h1>
          <p className="page-header__lead">
            Mentors who give you regular feedback, the people you mentor, and what you agree to do between
            sessions.
          </p>
        </div>
        <div className="mentoring-page__actions">
          <ButtonLink variant="primary" to="/mentoring/new">
            Find a mentor
          </ButtonLink>
          <ButtonLink variant="secondary" to="/mentoring/new?role=mentor">
            Mentor someone
          </ButtonLink>
        </div>
      </header>
      {mentorships.isPending && <Loading label="Loading your mentorships…" />}
      {mentorships.isError && (
        <LoadError error={mentorships.error} onRetry={() => void mentorships.refetch()} />
      )}
      {mentorships.isSuccess && (
        <div className="page__stack">
          {invitations.length > 0 && (
            <section className="mentoring-section" aria-labelledby="invitations-title">
              <h2 id="invitations-title" className="mentoring-section__title" tabIndex={-1}>
                Invitations to you <span className="mentoring-section__count">({invitations.length})</span>
              </h2>
              <InvitationList invitations={invitations} fallbackFocusId="mentoring-title" />
            </section>
          )}
          <section className="mentoring-section" aria-labelledby="mentors-title">
            <h2 id="mentors-title" className="mentoring-section__title">
              Your mentors
            </h2>
            {mentors.length === 0 ? (
              <div className="empty-line">
                <p>
                  No mentor yet. Invite someone whose feedback you value: a senior colleague, a former
                  manager, someone a step ahead of where you want to be.
                </p>
                <ButtonLink variant="secondary" size="small" to="/mentoring/new">
                  Find a mentor
                </ButtonLink>
              </div>
            ) : (
              <ul className="mentorship-list" aria-label="Your mentors">
                {mentors.map((m) => (
                  <MentorshipCard key={m.id} mentorship={m} today={today} />
                ))}
              </ul>
            )}
          </section>
          <section className="mentoring-section" aria-labelledby="mentees-title">
            <h2 id="mentees-title" className="mentoring-section__title">
              People you mentor
            </h2>
            {mentees.length === 0 ? (
              <div className="empty-line">
                <p>
                  You mentor no one here yet. When someone invites you, the invitation shows above; you can
                  also offer to mentor someone yourself.
                </p>
                <ButtonLink variant="secondary" size="small" to="/mentoring/new?role=mentor">
                  Mentor someone
                </ButtonLink>
              </div>
            ) : (
              <ul className="mentorship-list" aria-label="People you mentor">
                {mentees.map((m) => (
                  <MentorshipCard key={m.id} mentorship={m} today={today} />
                ))}
              </ul>
            )}
          </section>
        </div>
      )}
    </div>
  );
}
