import type { Goal } from '@shared/goals/goal.schema.ts';
import type { LearningActivity } from '@shared/learning/learning.schema.ts';
import { Link } from 'react-router';
import { Badge } from '../../../components/Badge.tsx';
import { ButtonLink } from '../../../components/ButtonLink.tsx';
import type { SkillNames } from '../../skills/api/skillNames.ts';
import { ExpiryBadge } from './ExpiryBadge.tsx';
import { expiryOf } from './expiry.ts';
import { HoursSpent } from './HoursSpent.tsx';
import { costText, datesText, FORMAT_LABELS, KIND_LABELS } from './labels.ts';
import { SkillLinks } from './SkillLinks.tsx';

export interface ActivityCardProps {
  activity: LearningActivity;
  skills: SkillNames;
  /** The goal its time feeds, once the goals are known. */
  goal: Goal | undefined;
  today: string;
}

/**
 * One activity on the Learning page: what and where, when, hours against the plan, cost, skills,
 * the goal it feeds and its credential; one in progress offers to log time.
 */
export function ActivityCard({ activity: a, skills, goal, today }: ActivityCardProps) {
  const dates = datesText(a.startDate, a.endDate);
  const expiry = a.credential && expiryOf(a.credential.expiresOn, today);
  return (
    <li className="activity-card">
      <h3 className="activity-card__title">
        <Link to={`/learning/${a.id}`}>{a.title}</Link>
      </h3>
      <p className="activity-card__meta">
        <Badge tone="muted">{KIND_LABELS[a.kind]}</Badge>
        {a.provider && <span>{a.provider}</span>}
        {a.format && <span>{FORMAT_LABELS[a.format]}</span>}
      </p>
      {dates && <p className="activity-card__line">{dates}</p>}
      <HoursSpent activity={a} className="activity-card__hours" />
      {(a.cost || a.goalId) && (
        <dl className="activity-card__facts">
          {a.cost && (
            <div>
              <dt>Cost</dt>
              <dd>{costText(a.cost)}</dd>
            </div>
          )}
          {a.goalId && (
            <div>
              <dt>Feeds</dt>
              <dd>{goal ? <Link to={`/goals/${a.goalId}`}>{goal.title}</Link> : 'a goal'}</dd>
            </div>
          )}
        </dl>
      )}
      {expiry && (
        <p className="activity-card__line">
          <span className="visually-hidden">Credential: </span>
          <ExpiryBadge urgency={expiry.urgency}>{expiry.badge}</ExpiryBadge>
        </p>
      )}
      <SkillLinks ids={a.skillIds} skills={skills} label={`Skills of ${a.title}`} />
      {a.status === 'in_progress' && (
        <div className="activity-card__actions">
          <ButtonLink variant="secondary" size="small" to={`/learning/${a.id}#log`}>
            Log time<span className="visually-hidden"> on {a.title}</span>
          </ButtonLink>
        </div>
      )}
    </li>
  );
}
