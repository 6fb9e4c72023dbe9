import type { DatedValue, Goal } from '@shared/goals/goal.schema.ts';
import { formatQuantity } from '@shared/numbers.ts';
import { type KeyboardEvent, useRef, useState } from 'react';
import { formatDate } from '../widgets/dates.ts';
import './GoalChart.css';

export interface ChartPointsProps {
  title: string;
  metric: NonNullable<Goal['metric']>;
  /** The chart's values, one per date with check-ins, oldest first. */
  values: readonly DatedValue[];
  /** Where point `i` sits in the frame, in pixels. */
  at: (i: number) => { x: number; y: number };
  /** The frame's width, to keep a tooltip inside it. */
  width: number;
}

/** "Mar 12, 2026: 22.5 h in total (+12.5 h)"; a level reads "Mar 12, 2026: 61 points". */
export function pointText(metric: ChartPointsProps['metric'], values: readonly DatedValue[], i: number) {
  const { date, value } = values[i]!;
  const q = (n: number) => formatQuantity(n, metric.unit, 2);
  if (metric.aggregation === 'last') return { date: formatDate(date), value: q(value) };
  const added = value - (values[i - 1]?.value ?? metric.baseline);
  return { date: formatDate(date), value: `${q(value)} in total (${added >= 0 ? '+' : ''}${q(added)})` };
}

/**
 * The chart's points as buttons laid over the drawing: each has its date and value for a name,
 * and shows them in a tooltip on hover, focus or tap. They are one stop for the Tab key; the
 * arrow keys, Home and End move between them (a roving tab index), so a year of weekly check-ins
 * does not take fifty presses to get past.
 */
export function ChartPoints({ title, metric, values, at, width }: ChartPointsProps) {
  const [active, setActive] = useState(values.length - 1);
  const [shown, setShown] = useState<number | null>(null);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  if (values.length === 0) return null;
  const current = Math.min(active, values.length - 1);

  function move(event: KeyboardEvent, i: number) {
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowUp'
        ? i + 1
        : event.key === 'ArrowLeft' || event.key === 'ArrowDown'
          ? i - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? values.length - 1
              : null;
    if (event.key === 'Escape') setShown(null);
    if (next === null || next < 0 || next >= values.length) return;
    event.preventDefault();
    setActive(next);
    buttons.current[next]?.focus();
  }

  const tip = shown === null ? null : { ...at(shown), ...pointText(metric, values, shown) };
  return (
    <>
      <fieldset className="goal-chart__points">
        <legend className="visually-hidden">Check-ins on the chart of {title}</legend>
        {values.map((point, i) => {
          const { x, y } = at(i);
          const text = pointText(metric, values, i);
          return (
            <button
              key={point.date}
              ref={(element) => {
                buttons.current[i] = element;
              }}
              type="button"
              className="goal-chart__hit"
              style={{ left: x, top: y }}
              tabIndex={i === current ? 0 : -1}
              aria-label={`${text.date}: ${text.value}`}
              onFocus={() => {
                setActive(i);
                setShown(i);
              }}
              onBlur={() => setShown((s) => (s === i ? null : s))}
              onMouseEnter={() => setShown(i)}
              onMouseLeave={() => setShown((s) => (s === i ? null : s))}
              onClick={() => setShown(i)}
              onKeyDown={(event) => move(event, i)}
            />
          );
        })}
      </fieldset>
      {tip && (
        // The button's name says the same, so the tooltip is for the eyes only.
        <div
          className="goal-chart__tooltip"
          aria-hidden="true"
          style={{ left: Math.min(Math.max(tip.x, 80), width - 80), top: tip.y }}
        >
          <span className="goal-chart__tooltip-date">{tip.date}</span>
          <span className="goal-chart__tooltip-value">{tip.value}</span>
        </div>
      )}
    </>
  );
}
