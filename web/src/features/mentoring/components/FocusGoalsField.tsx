import type { Goal } from '@shared/goals/goal.schema.ts';
import { FOCUS_ITEMS_MAX } from '@shared/mentoring/mentoring.limits.ts';
import { Link } from 'react-router';
import { sentence } from '../../../components/text.ts';
import { toggleGoal } from './mentorshipFormValues.ts';
import { sharedWithMentors } from './sharing.ts';
import './person-form.css';

export interface FocusGoalsFieldProps {
  /** Id of the group; its first checkbox is `${id}-0`, where the error summary leads. */
  id: string;
  label: string;
  goals: readonly Goal[] | undefined;
  value: readonly string[];
  onChange: (goalIds: string[]) => void;
  error?: string | undefined;
}

/**
 * The mentee's goals to focus on, ticked from her active goals (and any already in focus), each
 * saying whether her mentors see it: a focus goal is shared only by its own visibility.
 */
export function FocusGoalsField({ id, label, goals, value, onChange, error }: FocusGoalsFieldProps) {
  const shown = (goals ?? []).filter((g) => g.state === 'active' || value.includes(g.id));
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const full = value.length >= FOCUS_ITEMS_MAX;
  return (
    <fieldset
      className={error ? 'fieldset focus-goals field--invalid' : 'fieldset focus-goals'}
      aria-describedby={[error ? errorId : '', hintId].filter(Boolean).join(' ')}
    >
      <legend className="fieldset__legend">{label}</legend>
      <p className="field__hint" id={hintId}>
        Your mentor sees a focus goal only when you share it with your mentors; you choose which on the
        mentorship’s shared view. Up to {FOCUS_ITEMS_MAX}.
      </p>
      {error && (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">Error: </span>
          {sentence(error)}
        </p>
      )}
      {goals === undefined ? (
        <p className="muted">Loading your goals…</p>
      ) : shown.length === 0 ? (
        <p className="muted">
          You have no active goals yet. <Link to="/goals/new">Set one</Link> to work on it with your mentor.
        </p>
      ) : (
        <ul className="focus-goals__list">
          {shown.map((goal, i) => {
            const checked = value.includes(goal.id);
            return (
              <li key={goal.id} className="check-field">
                <input
                  type="checkbox"
                  id={`${id}-${i}`}
                  checked={checked}
                  disabled={!checked && full}
                  aria-describedby={`${id}-${i}-sharing`}
                  onChange={(e) => onChange(toggleGoal(value, goal.id, e.target.checked))}
                />
                <label htmlFor={`${id}-${i}`}>
                  {goal.title}{' '}
                  <span className="focus-goals__sharing" id={`${id}-${i}-sharing`}>
                    {sharedWithMentors(goal) ? '(shared with your mentors)' : '(private)'}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
