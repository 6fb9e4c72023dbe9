import type { Goal } from '@shared/goals/goal.schema.ts';
import type { LearningActivity } from '@shared/learning/learning.schema.ts';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../goals/components/widgets/dates.ts';
import type { SkillNames } from '../../skills/api/skillNames.ts';
import { ExpiryBadge } from './ExpiryBadge.tsx';
import { expiryOf } from './expiry.ts';
import { costText, datesText, FORMAT_LABELS, hoursText, KIND_LABELS, STATUS_LABELS } from './labels.ts';
import { SkillLinks } from './SkillLinks.tsx';

export interface ActivityDetailsProps {
  activity: LearningActivity;
  goal: Goal | undefined;
  skills: SkillNames;
  today: string;
}

const none = <span className="muted">Not given</span>;

/** Every field of an activity, those not given said so, and its credential with how soon it expires. */
export function ActivityDetails({ activity: a, goal, skills, today }: ActivityDetailsProps) {
  const c = a.credential;
  const expiry = c && expiryOf(c.expiresOn, today);
  return (
    <>
      <dl className="activity-details">
        <Fact term="Kind">{KIND_LABELS[a.kind]}</Fact>
        <Fact term="Status">{STATUS_LABELS[a.status]}</Fact>
        <Fact term="Provider">{a.provider ?? none}</Fact>
        <Fact term="Format">{a.format ? FORMAT_LABELS[a.format] : none}</Fact>
        <Fact term="Web address">{a.url ? <ExternalLink href={a.url} /> : none}</Fact>
        <Fact term="Dates">{datesText(a.startDate, a.endDate) ?? none}</Fact>
        <Fact term="Hours planned">{a.hoursPlanned === null ? none : hoursText(a.hoursPlanned)}</Fact>
        <Fact term="Hours spent">{hoursText(a.hoursSpent)}</Fact>
        <Fact term="Cost">{a.cost ? costText(a.cost) : none}</Fact>
        <Fact term="Skills">
          {a.skillIds.length === 0 ? (
            none
          ) : (
            <SkillLinks ids={a.skillIds} skills={skills} label={`Skills of ${a.title}`} />
          )}
        </Fact>
        <Fact term="Goal its time feeds">
          {!a.goalId ? (
            <span className="muted">None</span>
          ) : goal ? (
            <Link to={`/goals/${a.goalId}`}>{goal.title}</Link>
          ) : (
            'Loading…'
          )}
        </Fact>
      </dl>
      {a.kind === 'certification' && (
        <section className="credential" aria-labelledby="credential-title">
          <h3 id="credential-title">Credential</h3>
          {c ? (
            <dl className="activity-details">
              <Fact term="Issued on">
                <time dateTime={c.issuedOn}>{formatDate(c.issuedOn)}</time>
              </Fact>
              <Fact term="Valid">
                <span className="credential__expiry">
                  <ExpiryBadge urgency={expiry!.urgency}>{expiry!.badge}</ExpiryBadge>
                  {c.expiresOn && (
                    <span className="muted">
                      Last valid day: <time dateTime={c.expiresOn}>{formatDate(c.expiresOn)}</time>
                    </span>
                  )}
                </span>
              </Fact>
              <Fact term="Certificate number">{c.identifier ?? none}</Fact>
              <Fact term="Where to verify it">{c.url ? <ExternalLink href={c.url} /> : none}</Fact>
            </dl>
          ) : (
            <p className="muted">
              None yet. <Link to={`/learning/${a.id}/edit`}>Add it</Link> once you hold the certificate: its
              expiry then shows here, and on your Home page in its last 90 days.
            </p>
          )}
        </section>
      )}
    </>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** An address of elsewhere, written out, opening in a new tab (and saying so). */
function ExternalLink({ href }: { href: string }) {
  return (
    <a href={href} target="_blank" rel="noreferrer noopener" className="activity-details__url">
      {href}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
