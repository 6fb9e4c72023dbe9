import { TextField } from '../../../components/TextField.tsx';
import { sentence } from '../../../components/text.ts';
import { type GoalFormValues, goalFields } from './goalFormValues.ts';

export interface MetricFieldsProps {
  values: GoalFormValues;
  set: <K extends keyof GoalFormValues>(key: K, value: GoalFormValues[K]) => void;
  error: (path: string) => string | undefined;
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
export function MetricFields({ values, set, error, locked = false }: MetricFieldsProps) {
  const aggregationError = error('metric.aggregation');
  const metricError = error('metric');
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">How you will measure it</legend>
      <div className={metricError ? 'check-field field--invalid' : 'check-field'}>
        <input
          type="checkbox"
          id={goalFields.metric!.id}
          checked={values.measured}
          disabled={locked && values.measured}
          aria-describedby={metricError ? 'goal-measured-error goal-measured-hint' : 'goal-measured-hint'}
          aria-invalid={metricError ? true : undefined}
          onChange={(e) => set('measured', e.target.checked)}
        />
        <label htmlFor={goalFields.metric!.id}>Measure it with a number</label>
      </div>
      <p className="field__hint" id="goal-measured-hint">
        {locked && values.measured
          ? 'This goal has check-ins, so it keeps its number. You can still change the unit and values.'
          : 'A number turns your goal into a line you can check in against. Without one, it is a milestone you mark as done.'}
      </p>
      {metricError && (
        <p className="field__error" id="goal-measured-error">
          <span className="visually-hidden">Error: </span>
          {sentence(metricError)}
        </p>
      )}
      {values.measured && (
        <div className="metric-fields">
          <div className="form-row">
            <TextField
              id={goalFields['metric.unit']!.id}
              label="Unit"
              hint="What you count: hours, books, talks, points…"
              value={values.unit}
              onChange={(e) => set('unit', e.target.value)}
              error={error('metric.unit')}
            />
            <TextField
              id={goalFields['metric.baseline']!.id}
              label="Starting value"
              hint="Where you are today, often 0."
              inputMode="decimal"
              value={values.baseline}
              onChange={(e) => set('baseline', e.target.value)}
              error={error('metric.baseline')}
            />
            <TextField
              id={goalFields['metric.target']!.id}
              label="Target"
              hint="Where you want to be by the due date."
              inputMode="decimal"
              value={values.target}
              onChange={(e) => set('target', e.target.value)}
              error={error('metric.target')}
            />
          </div>
          <fieldset
            className={aggregationError ? 'radio-group field--invalid' : 'radio-group'}
            aria-describedby={aggregationError ? 'goal-aggregation-error' : undefined}
          >
            <legend className="field__label">How do check-ins count?</legend>
            {aggregationError && (
              <p className="field__error" id="goal-aggregation-error">
                <span className="visually-hidden">Error: </span>
                {sentence(aggregationError)}
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
