import type { Contact } from '@shared/network/contact.schema.ts';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../goals/components/widgets/dates.ts';
import { paramsOf } from './contactFilter.ts';

/** A phone number as a tel: link takes it: its digits, with a leading + kept. */
export const telOf = (phone: string): string =>
  `tel:${phone.trim().startsWith('+') ? '+' : ''}${phone.replace(/\D/g, '')}`;

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="contact-details__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * How to reach a contact and what is known of them: e-mails and phones as links that write or
 * call, the LinkedIn profile, tags (each leading to the contacts tagged so), and notes.
 */
export function ContactDetails({ contact }: { contact: Contact }) {
  const { emails, phones } = contact;
  return (
    <dl className="contact-details">
      {emails.length > 0 && (
        <Row term={emails.length === 1 ? 'E-mail' : 'E-mails'}>
          <ul className="plain-list">
            {emails.map((e) => (
              <li key={e.value}>
                <a href={`mailto:${e.value}`}>{e.value}</a>
                {e.label && <span className="contact-details__label"> ({e.label})</span>}
              </li>
            ))}
          </ul>
        </Row>
      )}
      {phones.length > 0 && (
        <Row term={phones.length === 1 ? 'Phone' : 'Phones'}>
          <ul className="plain-list">
            {phones.map((p) => (
              <li key={p.value}>
                <a href={telOf(p.value)}>{p.value}</a>
                {p.label && <span className="contact-details__label"> ({p.label})</span>}
              </li>
            ))}
          </ul>
        </Row>
      )}
      {contact.linkedinUrl && (
        <Row term="LinkedIn">
          <a href={contact.linkedinUrl} rel="noopener noreferrer" target="_blank">
            {contact.linkedinUrl.replace(/^https?:\/\/(www\.)?/, '')}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        </Row>
      )}
      {contact.tags.length > 0 && (
        <Row term="Tags">
          <ul className="tag-list">
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
        </Row>
      )}
      {contact.connectedOn && (
        <Row term="Connected on">
          <time dateTime={contact.connectedOn}>{formatDate(contact.connectedOn)}</time>
        </Row>
      )}
      {contact.howMet && (
        <Row term="How you met">
          <p className="contact-details__text">{contact.howMet}</p>
        </Row>
      )}
      {contact.notes && (
        <Row term="Notes">
          <p className="contact-details__text">{contact.notes}</p>
        </Row>
      )}
      <Row term="Added on">
        <time dateTime={contact.addedOn}>{formatDate(contact.addedOn)}</time>
      </Row>
    </dl>
  );
}
