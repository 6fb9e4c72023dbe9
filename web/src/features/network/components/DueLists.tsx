import type { DueContact, DueList, FollowUp } from '@shared/network/network.schema.ts';
import { Link } from 'react-router';
import { messageOf } from '../../../api/errors.ts';
import { Button } from '../../../components/Button.tsx';
import { focusWhenDrawn } from '../../../components/focusWhenDrawn.ts';
import { Notice } from '../../../components/Notice.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { formatDate } from '../../goals/components/widgets/dates.ts';
import { useFollowUpDone } from '../api/interactions.ts';
import { ContactLinks } from './ContactLinks.tsx';
import { DueWords } from './DueWords.tsx';
import { everyText, namesText, workText } from './keepInTouch.ts';
import { kindNoun } from './labels.ts';

/** The id of the Follow-ups heading, where focus goes when the last follow-up is done. */
const FOLLOW_UPS_TITLE = 'follow-ups-title';
const doneButtonId = (interactionId: string) => `follow-up-done-${interactionId}`;

/**
 * Who to get in touch with: those due (most overdue first), those losing touch (overdue by more
 * than a whole cadence), and the follow-ups of the week ahead, each leading to its contact.
 */
export function DueLists({ list }: { list: DueList }) {
  return (
    <div className="due-lists">
      <section className="due-block" aria-labelledby="due-title">
        <h3 id="due-title" className="due-block__title">
          Due <span className="due-block__count">({list.due.length})</span>
        </h3>
        {list.due.length === 0 ? (
          <p className="due-block__empty">
            No one is due. Give a contact a keep-in-touch cadence, or set defaults by role, and they appear
            here when it is time.
          </p>
        ) : (
          <DueContacts contacts={list.due} label="Due contacts, most overdue first" />
        )}
      </section>
      <section className="due-block" aria-labelledby="losing-touch-title">
        <h3 id="losing-touch-title" className="due-block__title">
          Losing touch <span className="due-block__count">({list.losingTouch.length})</span>
        </h3>
        {list.losingTouch.length === 0 ? (
          <p className="due-block__empty">No one is overdue by more than a whole cadence.</p>
        ) : (
          <DueContacts contacts={list.losingTouch} label="Contacts losing touch, most overdue first" />
        )}
      </section>
      <section className="due-block" aria-labelledby={FOLLOW_UPS_TITLE}>
        <h3 id={FOLLOW_UPS_TITLE} className="due-block__title" tabIndex={-1}>
          Follow-ups <span className="due-block__count">({list.followUps.length})</span>
        </h3>
        {list.followUps.length === 0 ? (
          <p className="due-block__empty">
            No follow-ups in the week ahead. Give a follow-up date when you log an interaction to be reminded
            here.
          </p>
        ) : (
          <ul className="due-list" aria-label="Follow-ups, soonest first">
            {list.followUps.map((followUp, i) => (
              <FollowUpEntry
                key={followUp.interactionId}
                followUp={followUp}
                next={list.followUps[i + 1] ?? list.followUps[i - 1]}
              />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function DueContacts({ contacts, label }: { contacts: readonly DueContact[]; label: string }) {
  return (
    <ul className="due-list" aria-label={label}>
      {contacts.map((c) => {
        const work = workText(c.position, c.company);
        return (
          <li key={c.contactId} className="due-entry">
            <p className="due-entry__head">
              <Link className="due-entry__name" to={`/network/contacts/${c.contactId}`}>
                {c.name}
              </Link>
              <DueWords daysUntil={-c.daysOverdue} />
            </p>
            <p className="due-entry__meta">
              {[
                work,
                everyText(c.cadenceDays),
                c.lastContactedOn ? `last contacted ${formatDate(c.lastContactedOn)}` : 'never contacted',
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

function FollowUpEntry({ followUp, next }: { followUp: FollowUp; next: FollowUp | undefined }) {
  const done = useFollowUpDone();
  const showStatus = useStatus();
  const names = namesText(followUp.contacts.map((c) => c.name));
  const overdue = followUp.daysUntil < 0;

  return (
    <li className={overdue ? 'due-entry due-entry--overdue' : 'due-entry'}>
      <p className="due-entry__head">
        <span className="due-entry__with">
          <ContactLinks contacts={followUp.contacts} className="due-entry__name" />
        </span>
        <DueWords daysUntil={followUp.daysUntil} />
      </p>
      <p className="due-entry__meta">
        Follow up by <time dateTime={followUp.followUpOn}>{formatDate(followUp.followUpOn)}</time> on the{' '}
        {kindNoun(followUp.kind)} of <time dateTime={followUp.date}>{formatDate(followUp.date)}</time>
      </p>
      {followUp.notes && <p className="due-entry__notes">{followUp.notes}</p>}
      <div className="due-entry__actions">
        <Button
          id={doneButtonId(followUp.interactionId)}
          className="button--small"
          pending={done.isPending}
          pendingLabel="Marking done…"
          aria-label={`Mark the follow-up with ${names} done`}
          onClick={() =>
            done.mutate(followUp.interactionId, {
              onSuccess: () => {
                showStatus(`Follow-up with ${names} marked done.`);
                focusWhenDrawn([next && doneButtonId(next.interactionId), FOLLOW_UPS_TITLE]);
              },
            })
          }
        >
          Done
        </Button>
      </div>
      {done.isError && (
        <Notice tone="danger" role="alert">
          {messageOf(done.error)}
        </Notice>
      )}
    </li>
  );
}
