import { CheckField } from '../../../../components/CheckField.tsx';
import { bindFields, type SetValue } from '../../../../components/formState.ts';
import { TextField } from '../../../../components/TextField.tsx';
import { sentence } from '../../../../components/text.ts';
import type { FormErrors } from '../../../../components/useFormErrors.ts';
import type { GoalFormValues } from './goalFormValues.ts';
import './goal-form.css';

export interface MetricFieldsProps {
  values: GoalFormValues;
  set: SetValue<GoalFormValues>;
  /** The goal form's errors, bound to its field map (`goalFields`). */
  errors: FormErrors;
  /** A goal with check-ins keeps its metric; the server says so, the form explains it up front. */
  locked?: boolean;
}

const AGGREGATIONS = [
  { value: 'sum', id: 'goal-aggregation-sum', label: 'Each check-in adds an amount (hours, books…)' },
  {
    value: 'last',
    id: 'goal-aggregation-last',
    label: 'Each check-in is the new level (a score, a salary…)',
  },
] as const;

/** "Measure it with a number": the unit, where you start, where you want to be, and how check-ins count. */
export function MetricFields({ values, set, errors, locked = false }: MetricFieldsProps) {
  const { field } = bindFields(errors, values, set);
  const aggregation = errors.bind('metric.aggregation');
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">How you will measure it</legend>
      <CheckField
        {...errors.bind('metric')}
        hint={
          locked && values.measured
            ? 'This goal has check-ins, so it keeps its number. You can still change the unit and values.'
            : 'A number turns your goal into a line you can check in against. Untick it for a milestone you mark as done instead.'
        }
        checked={values.measured}
        disabled={locked && values.measured}
        onChange={(e) => set('measured', e.target.checked)}
      />
      {values.measured && (
        <div className="metric-fields">
          <div className="form-row">
            <TextField
              {...field('unit', 'metric.unit')}
              hint="What you count: hours, books, talks, points…"
            />
            <TextField
              {...field('baseline', 'metric.baseline')}
              hint="Where you are today, often 0."
              inputMode="decimal"
            />
            <TextField
              {...field('target', 'metric.target')}
              hint="Where you want to be by the due date."
              inputMode="decimal"
            />
          </div>
          <fieldset
            className={aggregation.error ? 'radio-group field--invalid' : 'radio-group'}
            aria-describedby={aggregation.error ? 'goal-aggregation-error' : undefined}
          >
            <legend className="field__label">{aggregation.label}</legend>
            {aggregation.error && (
              <p className="field__error" id="goal-aggregation-error">
                <span className="visually-hidden">Error: </span>
                {sentence(aggregation.error)}
              </p>
            )}
            {AGGREGATIONS.map((option) => (
              <div key={option.value} className="check-field">
                <input
                  type="radio"
                  id={option.id}
                  name="aggregation"
                  value={option.value}
                  checked={values.aggregation === option.value}
                  onChange={() => set('aggregation', option.value)}
                />
                <label htmlFor={option.id}>{option.label}</label>
              </div>
            ))}
          </fieldset>
        </div>
      )}
    </fieldset>
  );
}
