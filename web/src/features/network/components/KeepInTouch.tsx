import type { DueList } from '@shared/network/network.schema.ts';
import { Link } from 'react-router';
import { ContactLinks } from './ContactLinks.tsx';
import { DueWords } from './DueWords.tsx';
import { dueCountText, mostOverdue } from './keepInTouch.ts';
import './keep-in-touch.css';

/** Contacts, and follow-ups, the Home page shows at most: the Network page has them all. */
const SHOWN = 4;

/**
 * The Home page's "Keep in touch": how many are due, the most overdue contacts (losing touch
 * marked), and the follow-ups of the week ahead; each name leads to its contact.
 */
export function KeepInTouch({ list }: { list: DueList }) {
  const contacts = mostOverdue(list, SHOWN);
  const followUps = list.followUps.slice(0, SHOWN);
  return (
    <>
      <p className="home-section__lead">{dueCountText(list)}</p>
      {contacts.length > 0 && (
        <ul className="keep-list" aria-label="Most overdue contacts">
          {contacts.map((c) => (
            <li key={c.contactId} className="keep-list__item">
              <Link className="keep-list__name" to={`/network/contacts/${c.contactId}`}>
                {c.name}
              </Link>
              <span className="keep-list__state">
                {c.losingTouch && <span className="keep-list__losing">Losing touch · </span>}
                <DueWords daysUntil={-c.daysOverdue} />
              </span>
            </li>
          ))}
        </ul>
      )}
      {followUps.length > 0 && (
        <ul className="keep-list" aria-label="Follow-ups this week">
          {followUps.map((f) => (
            <li key={f.interactionId} className="keep-list__item">
              <span>
                Follow up with <ContactLinks contacts={f.contacts} className="keep-list__name" />
              </span>
              <span className="keep-list__state">
                <DueWords daysUntil={f.daysUntil} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
