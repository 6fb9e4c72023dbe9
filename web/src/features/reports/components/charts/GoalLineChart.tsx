import { addDays } from '@shared/calendar.ts';
import { formatNumber, formatQuantity } from '@shared/numbers.ts';
import type { ReportGoal } from '@shared/reports/report.schema.ts';
import { useRef } from 'react';
import type { Point } from '../../../goals/components/chart/goalChartModel.ts';
import { dateTicks } from '../../../goals/components/chart/ticks.ts';
import { useElementWidth } from '../../../goals/components/chart/useElementWidth.ts';
import { labelRoom, ValueAxis } from '../../../goals/components/chart/ValueAxis.tsx';
import { formatDate } from '../../../goals/components/widgets/dates.ts';
import type { Span } from '../period.ts';
import { goalText } from './chartText.ts';
import { type GoalPoint, goalLineModel, xOf } from './goalLineModel.ts';
import { Legend, ReportChart } from './ReportChart.tsx';

export interface GoalLineChartProps {
  span: Span;
  /** The goal as the report names it: id, title and unit. */
  goal: ReportGoal['goal'];
  /** Its value when the period began; null when it started inside the period. */
  start: number | null;
  points: readonly GoalPoint[];
}

/** One goal across the period: its value at each bucket's end (solid, dots) against its target line (dashed). */
export function GoalLineChart({ span, goal, start, points }: GoalLineChartProps) {
  const q = (n: number | null) => (n === null ? '—' : formatQuantity(n, goal.unit, 2));
  return (
    <ReportChart
      title={goal.title}
      summary={goalText(goal.unit, start, points)}
      drawing={(ids) => <GoalLines {...ids} span={span} start={start} points={points} />}
      legend={
        <Legend
          entries={[
            {
              label: 'Your value (solid, dots)',
              swatch: (
                <>
                  <line className="goal-chart__series" x1="2" x2="30" y1="6" y2="6" />
                  <circle className="goal-chart__point" cx="16" cy="6" r="3.5" />
                </>
              ),
            },
            {
              label: 'Target line (dashed)',
              swatch: <line className="goal-chart__target" x1="2" x2="30" y1="6" y2="6" />,
            },
          ]}
        />
      }
      table={
        <table className="data-table">
          <caption className="visually-hidden">
            {goal.title}: its value on each date, in {goal.unit || 'its unit'}, beside its target line
          </caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Value</th>
              <th scope="col">Target line</th>
            </tr>
          </thead>
          <tbody>
            {start !== null && (
              <tr>
                <th scope="row">Start ({formatDate(addDays(span.from, -1))})</th>
                <td>{q(start)}</td>
                <td>—</td>
              </tr>
            )}
            {points.map((p) => (
              <tr key={p.date}>
                <th scope="row">{formatDate(p.date)}</th>
                <td>{q(p.value)}</td>
                <td>{q(p.expected)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

function GoalLines({
  label,
  summaryId,
  span,
  start,
  points,
}: {
  label: string;
  summaryId: string;
  span: Span;
  start: number | null;
  points: readonly GoalPoint[];
}) {
  const frame = useRef<HTMLDivElement>(null);
  const width = Math.max(240, useElementWidth(frame, 420));
  const model = goalLineModel(span, start, points);
  const labels = model.yTicks.map((v) => formatNumber(v, 2));
  const height = 180;
  const margin = {
    top: 10,
    right: 12,
    bottom: 28,
    left: labelRoom(labels, 14),
  };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const sx = (x: number) => margin.left + (x / model.days) * plotW;
  const sy = (v: number) => margin.top + (1 - (v - model.yLo) / (model.yHi - model.yLo)) * plotH;
  const path = (line: readonly Point[]) =>
    line.map(([x, v], i) => `${i === 0 ? 'M' : 'L'}${sx(x).toFixed(1)},${sy(v).toFixed(1)}`).join('');
  const xTicks = dateTicks(addDays(span.from, -1), span.to, Math.max(2, plotW / 72));

  return (
    <div ref={frame} className="report-chart__frame">
      <svg
        className="goal-chart__svg"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={label}
        aria-describedby={summaryId}
      >
        <g className="goal-chart__grid">
          <ValueAxis
            ticks={model.yTicks}
            labels={labels}
            y={sy}
            left={margin.left}
            right={width - margin.right}
          />
          {xTicks.map((tick) => (
            <text key={tick.date} x={sx(xOf(span, tick.date))} y={height - 8} textAnchor="middle">
              {tick.label}
            </text>
          ))}
        </g>
        {model.target.length > 1 && <path className="goal-chart__target" d={path(model.target)} />}
        {model.target.length === 1 && (
          // One bucket (a one-day range): the target as a short dash where the line would be.
          <path className="goal-chart__target" d={`${path(model.target)}m-8,0h16`} />
        )}
        {model.series.length > 1 && <path className="goal-chart__series" d={path(model.series)} />}
        {model.series.map(([x, v]) => (
          <circle
            key={x}
            className="goal-chart__point"
            cx={sx(x)}
            cy={sy(v)}
            r={model.series.length > 30 ? 2 : 3.5}
          />
        ))}
      </svg>
    </div>
  );
}
