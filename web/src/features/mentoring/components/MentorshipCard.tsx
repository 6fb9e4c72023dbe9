import type { Mentorship } from '@shared/mentoring/mentorship.schema.ts';
import { Link } from 'react-router';
import { cadenceText, nextSessionText, otherName, otherSide, stateText } from './mentorshipText.ts';
import { StateBadge } from './StateBadge.tsx';
import './mentoring.css';

/** The id of a mentorship's link in the lists, where focus goes once it has moved between them. */
export const mentorshipLinkId = (id: string): string => `mentorship-${id}`;

/**
 * One mentorship in a list: the other side (or the e-mail invited), its state, focus, cadence and
 * when the next session is due.
 */
export function MentorshipCard({ mentorship: m, today }: { mentorship: Mentorship; today: string }) {
  const next = nextSessionText(m, today);
  const other = otherSide(m);
  return (
    <li className="mentorship-card">
      <div className="mentorship-card__head">
        <h3 className="mentorship-card__title">
          <Link id={mentorshipLinkId(m.id)} to={`/mentoring/${m.id}`}>
            {otherName(m)}
          </Link>
        </h3>
        <StateBadge state={m.state} />
      </div>
      <p className="mentorship-card__state">
        {stateText(m)}
        {other.contactId && other.name && ' · one of your contacts; only you see this mentorship'}
      </p>
      {m.focus && <p className="mentorship-card__focus">{m.focus}</p>}
      {m.state === 'active' && (
        <p className="mentorship-card__cadence">
          {cadenceText(m.cadenceDays)}
          {next && (
            <>
              {' · '}
              <span className={next.overdue ? 'mentoring-overdue' : undefined}>{next.text}</span>
            </>
          )}
        </p>
      )}
    </li>
  );
}
