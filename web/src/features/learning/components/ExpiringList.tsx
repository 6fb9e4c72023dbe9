import type { ExpiringCredential } from '@shared/learning/learning.schema.ts';
import { Link } from 'react-router';
import { ExpiryBadge } from './ExpiryBadge.tsx';
import { expiryOf, expirySentence, urgencyLabel } from './expiry.ts';
import { KIND_LABELS } from './labels.ts';
import './expiring-list.css';

export interface ExpiringListProps {
  /** Credentials by expiry, as the API sends them: expired ones first, then the soonest. */
  items: readonly ExpiringCredential[];
  today: string;
}

/**
 * Credentials that have expired or will soon, each with how urgent it is in words (expired, within
 * 7, 30 or 90 days) and its last valid day; the certification's name leads to its page.
 */
export function ExpiringList({ items, today }: ExpiringListProps) {
  return (
    <ul className="expiring-list">
      {items.map((item) => {
        const expiresOn = item.credential.expiresOn!;
        const expiry = expiryOf(expiresOn, today);
        return (
          <li key={item.activityId} className={`expiring expiring--${expiry.urgency}`}>
            <div className="expiring__what">
              <Link className="expiring__title" to={`/learning/${item.activityId}`}>
                {item.title}
              </Link>
              <span className="expiring__detail">
                {[item.provider, item.kind === 'certification' ? null : KIND_LABELS[item.kind]]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </div>
            <ExpiryBadge urgency={expiry.urgency}>{urgencyLabel(expiry.urgency)}</ExpiryBadge>
            <p className="expiring__when">
              <time dateTime={expiresOn}>{expirySentence(expiresOn, today)}</time>.
            </p>
          </li>
        );
      })}
    </ul>
  );
}
