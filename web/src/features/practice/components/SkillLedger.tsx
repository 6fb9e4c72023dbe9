import type { LedgerRow } from '@shared/practice/ledger.schema.ts';
import { Link } from 'react-router';
import { formatDate } from '../../goals/components/widgets/dates.ts';
import { ExpiryBadge } from '../../learning/components/ExpiryBadge.tsx';
import { expiryOf } from '../../learning/components/expiry.ts';
import { hoursText } from '../../learning/components/labels.ts';
import { LedgerFlags } from './LedgerFlags.tsx';
import './ledger.css';

/** One skill's row of the ledger, as facts with their flags, and its credentials with their expiry. */
export function SkillLedger({ row, today }: { row: LedgerRow; today: string }) {
  const facts: [string, string | null][] = [
    ['Learning', hoursText(row.learningHours)],
    ['Practice', hoursText(row.practiceHours)],
    ['Content', `${row.contentMinutes.toLocaleString('en-US')} min`],
    ['Last learned', row.lastLearnedOn],
    ['Last practised', row.lastPractisedOn],
  ];
  return (
    <>
      <LedgerFlags flags={row.flags} label={`${row.skill.name}: needs attention`} />
      <dl className="skill-ledger">
        {facts.map(([term, value], i) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>
              {i < 3 ? (
                value
              ) : value ? (
                <time dateTime={value}>{formatDate(value)}</time>
              ) : (
                <span className="muted">Never</span>
              )}
            </dd>
          </div>
        ))}
      </dl>
      <h3 className="skill-ledger__subtitle">Credentials</h3>
      {row.credentials.length === 0 ? (
        <p className="muted">None for this skill.</p>
      ) : (
        <ul className="skill-ledger__credentials">
          {row.credentials.map((c) => {
            const expiry = expiryOf(c.expiresOn, today);
            return (
              <li key={c.activityId}>
                <Link to={`/learning/${c.activityId}`}>{c.title}</Link>
                <span className="muted">Issued {formatDate(c.issuedOn)}</span>
                <ExpiryBadge urgency={expiry.urgency}>{expiry.badge}</ExpiryBadge>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
