import type { Goal } from '@shared/goals/goal.schema.ts';
import { unitFor } from '@shared/units.ts';
import type { RefObject } from 'react';
import { Field, type FieldProps } from '../../../../components/Field.tsx';

export interface AmountFieldProps extends Omit<FieldProps, 'children'> {
  metric: NonNullable<Goal['metric']>;
  value: string;
  onChange: (value: string) => void;
  inputRef?: RefObject<HTMLInputElement | null> | undefined;
}

/**
 * A check-in's amount (or level) with the goal's unit beside it; the unit describes the input,
 * after any error, and says which it is: how much to add, or the level reached.
 */
export function AmountField({ metric, value, onChange, inputRef, ...field }: AmountFieldProps) {
  const unitId = `${field.id}-unit`;
  return (
    <Field {...field}>
      {(control) => (
        <div className="input-unit">
          <input
            {...control}
            aria-describedby={[control['aria-describedby'], unitId].filter(Boolean).join(' ')}
            ref={inputRef}
            className="input"
            inputMode="decimal"
            autoComplete="off"
            required
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
          <span className="input-unit__unit" id={unitId}>
            <span className="visually-hidden">
              {metric.aggregation === 'sum' ? 'How much to add, in ' : 'Your level, in '}
            </span>
            {unitFor(metric.unit, 2)}
          </span>
        </div>
      )}
    </Field>
  );
}
