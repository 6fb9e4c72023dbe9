import type { Mentorship } from '@shared/mentoring/mentorship.schema.ts';
import { useState } from 'react';
import { Link } from 'react-router';
import { messageOf } from '../../../api/errors.ts';
import { Button } from '../../../components/Button.tsx';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { focusWhenDrawn } from '../../../components/focusWhenDrawn.ts';
import { Notice } from '../../../components/Notice.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { useMentorshipStep } from '../api/mentorships.ts';
import { mentorshipLinkId } from './MentorshipCard.tsx';
import { cadenceText, invitationText, otherName } from './mentorshipText.ts';
import './mentoring.css';

export interface InvitationListProps {
  invitations: readonly Mentorship[];
  /** The id of the heading focus goes to when the answered invitation leaves nothing to focus. */
  fallbackFocusId: string;
}

/** Invitations to me, each with what it asks and its focus, to accept or decline. */
export function InvitationList({ invitations, fallbackFocusId }: InvitationListProps) {
  const step = useMentorshipStep();
  const showStatus = useStatus();
  const [declining, setDeclining] = useState<Mentorship | null>(null);

  function accept(m: Mentorship) {
    // The invitation leaves this list as it is accepted, so this list may be gone by then: the
    // promise still settles where callbacks of an unmounted component would not run.
    step.mutateAsync({ id: m.id, step: 'accept' }).then(
      () => {
        showStatus(
          m.myRole === 'mentor' ? `You now mentor ${otherName(m)}.` : `${otherName(m)} is now your mentor.`,
        );
        // The mentorship has moved to its section: continue there.
        focusWhenDrawn(mentorshipLinkId(m.id), { fallbackId: fallbackFocusId });
      },
      () => {},
    );
  }

  function decline() {
    if (!declining) return;
    const m = declining;
    step.mutateAsync({ id: m.id, step: 'decline' }).then(
      () => {
        setDeclining(null);
        showStatus(`You declined the invitation from ${otherName(m)}.`);
        focusWhenDrawn(fallbackFocusId);
      },
      () => {},
    );
  }

  const pendingId = step.isPending ? step.variables?.id : undefined;
  return (
    <>
      {step.isError && !declining && (
        <Notice tone="danger" role="alert">
          {messageOf(step.error)}
        </Notice>
      )}
      <ul className="invitation-list">
        {invitations.map((m) => (
          <li key={m.id} className="invitation">
            <h3 className="invitation__title">{invitationText(m)}</h3>
            {m.focus && (
              <p className="invitation__focus">
                <span className="invitation__label">Focus: </span>
                {m.focus}
              </p>
            )}
            <p className="invitation__detail">
              {cadenceText(m.cadenceDays)}
              {m.myRole === 'mentor' && m.shareSkills && ' · they share their skills with you'}
            </p>
            <div className="invitation__actions">
              <Button
                variant="primary"
                pending={pendingId === m.id && step.variables?.step === 'accept'}
                pendingLabel="Accepting…"
                disabled={pendingId !== undefined}
                aria-label={`Accept the invitation from ${otherName(m)}`}
                onClick={() => accept(m)}
              >
                Accept
              </Button>
              <Button
                disabled={pendingId !== undefined}
                aria-label={`Decline the invitation from ${otherName(m)}`}
                onClick={() => setDeclining(m)}
              >
                Decline
              </Button>
              <Link to={`/mentoring/${m.id}`} className="invitation__more">
                See the invitation<span className="visually-hidden"> from {otherName(m)}</span>
              </Link>
            </div>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={declining !== null}
        title={`Decline the invitation from ${declining ? otherName(declining) : ''}?`}
        confirmLabel="Decline invitation"
        pendingLabel="Declining…"
        pending={step.isPending}
        onConfirm={decline}
        onCancel={() => {
          step.reset();
          setDeclining(null);
        }}
      >
        <p>
          {declining ? otherName(declining) : 'They'} will see that you declined. Nothing is shared between
          you, and they can invite you again later.
        </p>
        {step.isError && (
          <Notice tone="danger" role="alert">
            {messageOf(step.error)}
          </Notice>
        )}
      </ConfirmDialog>
    </>
  );
}
