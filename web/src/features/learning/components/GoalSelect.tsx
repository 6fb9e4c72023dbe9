import { Link } from 'react-router';
import { SelectField } from '../../../components/SelectField.tsx';
import { useGoals } from '../../goals/api/goals.ts';
import { goalChoices, goalOptionLabel, leftOutText } from './goalFeed.ts';

export interface GoalSelectProps {
  id: string;
  label: string;
  error?: string | undefined;
  /** The goal's id, or "" for none. */
  value: string;
  onChange: (goalId: string) => void;
  /** What feeds the goal, for the hint: "The time you log on this activity". */
  feeder: string;
}

/**
 * The goal an entry's time feeds: the person's goals that add up hours or minutes, and a hint that
 * says which goals are not listed and why.
 */
export function GoalSelect({ id, label, error, value, onChange, feeder }: GoalSelectProps) {
  const goals = useGoals();
  const { options, left } = goalChoices(goals.data ?? [], value || null);
  const hint = goals.isPending ? (
    'Loading your goals…'
  ) : goals.data?.length === 0 ? (
    <>
      You have no goals yet. <Link to="/goals/new">Set one</Link> that adds up hours, such as “Study 50
      hours”, and link it here.
    </>
  ) : (
    <>
      {feeder} checks in on it, in its unit: 90 minutes are 1.5 on a goal in hours. Only goals that add up
      hours or minutes towards a higher target can take it. {leftOutText(left)}
    </>
  );
  return (
    <SelectField
      id={id}
      label={label}
      hint={hint}
      error={error ?? (goals.isError ? 'Your goals could not be loaded; try again in a moment.' : undefined)}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      options={options.map((g) => [g.id, goalOptionLabel(g)])}
    >
      <option value="">No goal</option>
    </SelectField>
  );
}
