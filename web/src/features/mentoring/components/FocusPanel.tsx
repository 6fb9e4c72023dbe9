import type { Goal } from '@shared/goals/goal.schema.ts';
import type { Mentorship } from '@shared/mentoring/mentorship.schema.ts';
import { Link } from 'react-router';
import { Panel } from '../../../components/Panel.tsx';
import { useSkillNames } from '../../skills/api/skillNames.ts';
import { otherName, partyName } from './mentorshipText.ts';
import { sharedWithMentors } from './sharing.ts';
import './entries.css';

export interface FocusPanelProps {
  mentorship: Mentorship;
  /** The mentee's own goals, when I am the mentee; for the mentor, the focus goals she shares. */
  goals: readonly Pick<Goal, 'id' | 'title' | 'visibility'>[] | undefined;
}

/** What the mentorship is about: its focus, the skills and goals named, and what the mentee shares. */
export function FocusPanel({ mentorship: m, goals }: FocusPanelProps) {
  const skills = useSkillNames(m.skillIds);
  const mentee = m.myRole === 'mentee';
  const focusGoals = m.goalIds.flatMap((id) => goals?.find((g) => g.id === id) ?? []);
  const menteeName = partyName(m.mentee);

  return (
    <Panel id="focus" title="Focus">
      <dl className="focus-facts">
        <div>
          <dt>What you work on</dt>
          <dd>{m.focus ?? 'Nothing written yet.'}</dd>
        </div>
        <div>
          <dt>Skills</dt>
          <dd>
            {m.skillIds.length === 0
              ? 'None named.'
              : skills.pending
                ? 'Loading…'
                : m.skillIds.map((id) => skills.names.get(id)?.name ?? 'A skill no longer listed').join(', ')}
          </dd>
        </div>
        <div>
          <dt>Goals</dt>
          <dd>
            {m.goalIds.length === 0 ? (
              'None named.'
            ) : goals === undefined ? (
              'Loading…'
            ) : focusGoals.length === 0 ? (
              mentee ? (
                'None of them is active any more.'
              ) : (
                `${menteeName} shares none of them with you yet.`
              )
            ) : (
              <ul className="focus-facts__goals">
                {focusGoals.map((g) => (
                  <li key={g.id}>
                    <Link to={mentee ? `/goals/${g.id}` : `/mentoring/${m.id}/shared#goal-${g.id}`}>
                      {g.title}
                    </Link>
                    {mentee && (
                      <span className="muted">
                        {sharedWithMentors(g)
                          ? ' · shared with your mentors'
                          : ' · private: your mentor does not see it'}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>Skills shared</dt>
          <dd>
            {mentee
              ? m.shareSkills
                ? `${otherName(m)} sees your skills and assessments.`
                : `You do not share your skills with ${otherName(m)}.`
              : m.shareSkills
                ? `${menteeName} shares their skills and assessments with you.`
                : `${menteeName} does not share their skills with you.`}
          </dd>
        </div>
      </dl>
    </Panel>
  );
}
