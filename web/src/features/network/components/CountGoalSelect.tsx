import { Link } from 'react-router';
import { SelectField } from '../../../components/SelectField.tsx';
import { useGoals } from '../../goals/api/goals.ts';
import { goalChoices, goalOptionLabel, leftOutText } from '../../learning/components/goalFeed.ts';
import { countRefusalOf } from './goalCount.ts';

export interface CountGoalSelectProps {
  id: string;
  label: string;
  error?: string | undefined;
  /** The goal's id, or "" for none. */
  value: string;
  onChange: (goalId: string) => void;
}

/**
 * The goal an interaction counts towards: the person's goals that add up towards a higher target
 * (each interaction counts 1), and a hint that says which goals are not listed and why.
 */
export function CountGoalSelect({ id, label, error, value, onChange }: CountGoalSelectProps) {
  const goals = useGoals();
  const { options, left } = goalChoices(goals.data ?? [], value || null, countRefusalOf);
  const hint = goals.isPending ? (
    'Loading your goals…'
  ) : goals.data?.length === 0 ? (
    <>
      You have no goals yet. <Link to="/goals/new">Set one</Link> that adds up, such as “Meet 24 people”, to
      count interactions on it.
    </>
  ) : (
    <>
      It counts 1 on a goal that adds up towards a higher target, such as “Meet 24 people”.{' '}
      {leftOutText(left)}
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
