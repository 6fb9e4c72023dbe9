import type { Mentorship } from '@shared/mentoring/mentorship.schema.ts';
import { type RefObject, useRef } from 'react';
import { Link, useParams } from 'react-router';
import { DetailLoadState } from '../../../components/DetailLoadState.tsx';
import { isNotFound, useDetailHeading } from '../../../components/detailPage.ts';
import { Notice } from '../../../components/Notice.tsx';
import { useGoals } from '../../goals/api/goals.ts';
import { useToday } from '../../goals/components/widgets/dates.ts';
import { useFocusAfterSave } from '../../skills/components/arrival.ts';
import { useMentorship, useSharedView } from '../api/mentorships.ts';
import { ActionItemsPanel } from '../components/ActionItemsPanel.tsx';
import { FocusPanel } from '../components/FocusPanel.tsx';
import { MentorshipHeader } from '../components/MentorshipHeader.tsx';
import { otherName, otherSide, partyName } from '../components/mentorshipText.ts';
import { isInvitationToMe, writeBlock } from '../components/permissions.ts';
import { SessionsPanel } from '../components/SessionsPanel.tsx';
import '../../../components/page.css';
import '../components/mentoring.css';
import '../components/entries.css';

const NAMES = {
  page: 'Mentorship',
  missing: 'Mentorship not found',
  failed: 'The mentorship could not be loaded',
};

/** One mentorship: who with and where it stands, its focus, sessions and action items. */
export function MentorshipPage() {
  const { id = '' } = useParams();
  const mentorship = useMentorship(id);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusAfterSave(heading, mentorship.isSuccess);
  const name = mentorship.data && `Mentorship with ${otherName(mentorship.data)}`;
  useDetailHeading(mentorship, name, NAMES);

  if (mentorship.isPending || mentorship.isError)
    return (
      <div className="page">
        {mentorship.isPending ? (
          <h1 className="visually-hidden">{NAMES.page}</h1>
        ) : (
          <h1>{isNotFound(mentorship.error) ? NAMES.missing : NAMES.failed}</h1>
        )}
        <DetailLoadState query={mentorship} loadingLabel="Loading the mentorship…">
          It may have been withdrawn, or the link is wrong. <Link to="/mentoring">See your mentorships</Link>.
        </DetailLoadState>
      </div>
    );
  return <MentorshipDetail key={mentorship.data.id} mentorship={mentorship.data} headingRef={heading} />;
}

function MentorshipDetail({
  mentorship: m,
  headingRef,
}: {
  mentorship: Mentorship;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const today = useToday();
  const active = m.state === 'active';
  const mentee = m.myRole === 'mentee';
  const withContact = otherSide(m).contactId !== null;
  // The goals an item may serve, and their titles: the mentee's own; for the mentor, those she shares.
  const myGoals = useGoals({}, mentee);
  const shared = useSharedView(m.id, !mentee && active && !withContact);
  const goalChoices = mentee
    ? (myGoals.data ?? [])
        .filter((g) => g.state === 'active')
        .map((g) => ({ id: g.id, title: g.title, visibility: g.visibility, to: `/goals/${g.id}` }))
    : (shared.data?.goals ?? []).map(({ goal }) => ({
        id: goal.id,
        title: goal.title,
        visibility: goal.visibility,
        to: `/mentoring/${m.id}/shared#goal-${goal.id}`,
      }));
  const goalsLoaded = mentee
    ? myGoals.data !== undefined
    : !active || withContact || shared.data !== undefined;
  const block = writeBlock(m);
  // An invitation has no sessions or action items yet; an ended mentorship keeps them, to read.
  const started = m.state === 'active' || m.state === 'ended';

  return (
    <div className="page page--wide mentorship-page">
      <MentorshipHeader mentorship={m} today={today} headingRef={headingRef} />
      {block && !isInvitationToMe(m) && <Notice className="mentorship-page__block">{block}</Notice>}
      <div className={started ? 'mentorship-page__grid' : undefined}>
        {started && (
          <div className="page__stack">
            <SessionsPanel mentorship={m} today={today} writable={block === null} />
            <ActionItemsPanel
              mentorship={m}
              today={today}
              writable={block === null}
              goals={goalChoices}
              goalsHint={
                mentee
                  ? 'One of your active goals.'
                  : `${partyName(m.mentee)}’s goals that they share with you; the others are not listed.`
              }
            />
          </div>
        )}
        <FocusPanel mentorship={m} goals={goalsLoaded ? goalChoices : undefined} />
      </div>
    </div>
  );
}
