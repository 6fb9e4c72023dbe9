import type { Mentorship } from '@shared/mentoring/mentorship.schema.ts';
import { type RefObject, useState } from 'react';
import { messageOf } from '../../../api/errors.ts';
import { Button } from '../../../components/Button.tsx';
import { ButtonLink } from '../../../components/ButtonLink.tsx';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { Breadcrumb } from '../../skills/components/Breadcrumb.tsx';
import { useMentorshipStep } from '../api/mentorships.ts';
import { ROLE_LABELS } from './labels.ts';
import {
  cadenceText,
  invitationText,
  nextSessionText,
  otherName,
  otherSide,
  sharedTitle,
  stateText,
} from './mentorshipText.ts';
import { canEdit, endAction, isInvitationToMe } from './permissions.ts';
import { StateBadge } from './StateBadge.tsx';
import './mentoring.css';
import { focusWhenDrawn } from '../../../components/focusWhenDrawn.ts';

export interface MentorshipHeaderProps {
  mentorship: Mentorship;
  today: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/**
 * The mentorship page's head: who with, its state, my side, cadence and next session, and what I may
 * do: see the shared view, change it, end it (or withdraw my invitation), accept or decline one to me.
 */
export function MentorshipHeader({ mentorship: m, today, headingRef }: MentorshipHeaderProps) {
  const step = useMentorshipStep();
  const showStatus = useStatus();
  const [confirming, setConfirming] = useState<'end' | 'decline' | null>(null);
  const end = endAction(m);
  const next = nextSessionText(m, today);
  const other = otherName(m);
  const withContact = otherSide(m).contactId !== null;
  const invitedMe = isInvitationToMe(m);

  function run(which: 'accept' | 'decline' | 'end', done: string) {
    step.mutate(
      { id: m.id, step: which },
      {
        onSuccess: () => {
          setConfirming(null);
          showStatus(done);
          focusWhenDrawn(() => headingRef.current);
        },
      },
    );
  }

  return (
    <header className="page-header mentorship-header">
      <Breadcrumb trail={[['/mentoring', 'Mentoring']]} />
      <h1 className="page-header__title" ref={headingRef} tabIndex={-1}>
        Mentorship with {other}
      </h1>
      <p className="mentorship-header__meta">
        <StateBadge state={m.state} />
        <span>{stateText(m)}</span>
        <span>You are the {ROLE_LABELS[m.myRole].toLowerCase()}</span>
      </p>
      {m.state === 'active' && (
        <p className="mentorship-header__meta">
          <span>{cadenceText(m.cadenceDays)}</span>
          {next && <span className={next.overdue ? 'mentoring-overdue' : undefined}>{next.text}</span>}
        </p>
      )}
      {withContact && (
        <p className="mentorship-header__note">
          {other} is one of your contacts, without an account here: only you see this mentorship, and nothing
          is shared.
        </p>
      )}
      {invitedMe && (
        <div className="mentorship-header__invitation">
          <p>
            <strong>{invitationText(m)}.</strong> Accept to record sessions and action items together
            {m.myRole === 'mentor' ? ' and to see what they share with you' : ''}.
          </p>
          <div className="mentorship-header__actions">
            <Button
              variant="primary"
              pending={step.isPending && step.variables?.step === 'accept'}
              pendingLabel="Accepting…"
              disabled={step.isPending}
              onClick={() =>
                run(
                  'accept',
                  m.myRole === 'mentor' ? `You now mentor ${other}.` : `${other} is now your mentor.`,
                )
              }
            >
              Accept invitation
            </Button>
            <Button disabled={step.isPending} onClick={() => setConfirming('decline')}>
              Decline invitation
            </Button>
          </div>
        </div>
      )}
      {!invitedMe && (
        <div className="mentorship-header__actions">
          {m.state === 'active' && !withContact && (
            <ButtonLink variant="secondary" size="small" to={`/mentoring/${m.id}/shared`}>
              {sharedTitle(m)}
            </ButtonLink>
          )}
          {canEdit(m) && (
            <ButtonLink variant="secondary" size="small" to={`/mentoring/${m.id}/edit`}>
              Edit mentorship
            </ButtonLink>
          )}
          {end && (
            <Button variant="danger-outline" className="button--small" onClick={() => setConfirming('end')}>
              {end.label}
            </Button>
          )}
        </div>
      )}
      {step.isError && confirming === null && (
        <Notice tone="danger" role="alert">
          {messageOf(step.error)}
        </Notice>
      )}
      <ConfirmDialog
        open={confirming !== null}
        title={confirming === 'end' && end ? end.title : `Decline the invitation from ${other}?`}
        tone={confirming === 'end' ? 'danger' : 'primary'}
        confirmLabel={confirming === 'end' && end ? end.label : 'Decline invitation'}
        pendingLabel={confirming === 'end' ? 'Ending…' : 'Declining…'}
        pending={step.isPending}
        onConfirm={() =>
          confirming === 'end' && end
            ? run('end', end.done)
            : run('decline', `You declined the invitation from ${other}.`)
        }
        onCancel={() => {
          step.reset();
          setConfirming(null);
        }}
      >
        <p>
          {confirming === 'end' && end
            ? end.consequence
            : `${other} will see that you declined. Nothing is shared between you, and they can invite you again later.`}
        </p>
        {step.isError && (
          <Notice tone="danger" role="alert">
            {messageOf(step.error)}
          </Notice>
        )}
      </ConfirmDialog>
    </header>
  );
}
