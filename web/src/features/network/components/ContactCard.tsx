import type { Contact } from '@shared/network/contact.schema.ts';
import { Link } from 'react-router';
import { formatDate } from '../../goals/components/widgets/dates.ts';
import { paramsOf } from './contactFilter.ts';
import { DueWords } from './DueWords.tsx';
import { contactHeadingId } from './focus.ts';
import { daysUntil, workText } from './keepInTouch.ts';
import { RoleList } from './RoleList.tsx';

/** One contact in the list: name, where they work, roles, tags, and when to be in touch. */
export function ContactCard({ contact, today }: { contact: Contact; today: string }) {
  const work = workText(contact.position, contact.company);
  return (
    <li className="contact-card">
      <h3 className="contact-card__name" id={contactHeadingId(contact.id)} tabIndex={-1}>
        <Link to={`/network/contacts/${contact.id}`}>{contact.name}</Link>
      </h3>
      {work && <p className="contact-card__work">{work}</p>}
      <RoleList roles={contact.roles} name={contact.name} />
      <dl className="contact-clock">
        <div>
          <dt>Last contacted</dt>
          <dd>
            {contact.lastContactedOn ? (
              <time dateTime={contact.lastContactedOn}>{formatDate(contact.lastContactedOn)}</time>
            ) : (
              'Not yet'
            )}
          </dd>
        </div>
        <div>
          <dt>Next contact</dt>
          <dd>
            {contact.nextContactOn ? (
              <>
                <time dateTime={contact.nextContactOn}>{formatDate(contact.nextContactOn)}</time>{' '}
                <DueWords daysUntil={daysUntil(contact.nextContactOn, today)} />
              </>
            ) : (
              'No cadence'
            )}
          </dd>
        </div>
      </dl>
      {contact.tags.length > 0 && (
        <ul className="tag-list" aria-label={`Tags of ${contact.name}`}>
          {contact.tags.map((tag) => (
            <li key={tag}>
              <Link
                className="tag"
                to={`/network?${paramsOf({ tag })}`}
                aria-label={`Contacts tagged ${tag}`}
              >
                {tag}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
