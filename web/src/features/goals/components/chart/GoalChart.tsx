import { formatNumber, formatQuantity } from '@shared/numbers.ts';
import { unitFor } from '@shared/units.ts';
import { useId, useRef } from 'react';
import { ChartDataTable } from './ChartDataTable.tsx';
import { ChartLegend } from './ChartLegend.tsx';
import { ChartPoints } from './ChartPoints.tsx';
import { chartSummary } from './chartSummary.ts';
import { dateOf, dayOf, type GoalChartInput, goalChartModel, type Point } from './goalChartModel.ts';
import { dateTicks } from './ticks.ts';
import { useElementWidth } from './useElementWidth.ts';
import './GoalChart.css';
import { labelRoom, ValueAxis } from './ValueAxis.tsx';

export interface GoalChartProps {
  /** The goal's title, for the chart's accessible name. */
  title: string;
  input: GoalChartInput;
  /** Said instead of a forecast line when there is none yet (too few check-ins to fit one to). */
  forecastNote?: string | undefined;
}

/**
 * A goal's metric over time, as the API sends it with the progress: the target line, the check-ins
 * (cumulative for sums), the least-squares forecast and today. Screen readers get a one-sentence
 * summary and the numbers in a table; every point can be focused (or hovered) for its date and
 * value. Every line differs by dash pattern and marker as well as colour, and colours come from CSS
 * tokens.
 */
export function GoalChart({ title, input, forecastNote }: GoalChartProps) {
  const frame = useRef<HTMLDivElement>(null);
  const width = Math.max(260, useElementWidth(frame));
  const clipId = useId();
  const model = goalChartModel(input);
  const narrow = width < 480;
  const height = narrow ? 220 : 280;
  const labels = model.yTicks.map((v) => formatNumber(v, 2));
  const margin = {
    top: 24,
    right: 18,
    bottom: 30,
    // Room for the tick labels, and for the unit written up the axis beside them.
    left: labelRoom(labels, 30),
  };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const sx = (x: number) => margin.left + (x / model.endX) * plotW;
  const sy = (y: number) => margin.top + (1 - (y - model.yLo) / (model.yHi - model.yLo)) * plotH;
  const path = (points: readonly Point[]) =>
    points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${sx(x).toFixed(1)},${sy(y).toFixed(1)}`).join('');
  const xTicks = dateTicks(dateOf(input.startDate, 0), dateOf(input.startDate, model.endX), plotW / 64);
  const x = (date: string) => sx(dayOf(input.startDate, date));
  const targetY = sy(input.metric.target);
  const inRange = (y: number) => y >= model.yLo && y <= model.yHi;
  // Weekly check-ins over a year on a phone: smaller dots keep the line readable.
  const dense = model.points.length > plotW / 10;

  return (
    <figure className="goal-chart">
      <div ref={frame} className="goal-chart__frame">
        <svg
          className="goal-chart__svg"
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-label={chartSummary(title, input, model, forecastNote !== undefined)}
        >
          <defs>
            <clipPath id={clipId}>
              <rect x={margin.left} y={margin.top} width={plotW} height={plotH} />
            </clipPath>
          </defs>
          <g className="goal-chart__grid">
            <ValueAxis
              ticks={model.yTicks}
              labels={labels}
              y={sy}
              left={margin.left}
              right={width - margin.right}
            />
            {xTicks.map((tick) => (
              <g key={tick.date}>
                <line x1={x(tick.date)} x2={x(tick.date)} y1={margin.top} y2={height - margin.bottom + 4} />
                <text x={x(tick.date)} y={height - margin.bottom + 18} textAnchor="middle">
                  {tick.label}
                </text>
              </g>
            ))}
            <text
              className="goal-chart__unit"
              transform={`translate(12 ${margin.top + plotH / 2}) rotate(-90)`}
              textAnchor="middle"
            >
              {unitLabel(unitFor(input.metric.unit, 2))}
            </text>
          </g>
          <g clipPath={`url(#${clipId})`}>
            <line
              className="goal-chart__target-level"
              x1={margin.left}
              x2={width - margin.right}
              y1={targetY}
              y2={targetY}
            />
            {model.targetLine && <path className="goal-chart__target" d={path(model.targetLine)} />}
            {model.forecast && <path className="goal-chart__forecast" d={path(model.forecast)} />}
            <path className="goal-chart__series" d={path(model.series)} />
            {model.points.map(([px, py]) => (
              <circle key={px} className="goal-chart__point" cx={sx(px)} cy={sy(py)} r={dense ? 2.5 : 3.5} />
            ))}
          </g>
          {model.projected && inRange(model.projected[1]) && (
            <path
              className="goal-chart__projected"
              d={`M${sx(model.projected[0])},${sy(model.projected[1]) - 6}l6,6l-6,6l-6,-6z`}
            />
          )}
          {model.todayX !== null && (
            <g className="goal-chart__today">
              <line x1={sx(model.todayX)} x2={sx(model.todayX)} y1={margin.top - 4} y2={margin.top + plotH} />
              <text
                x={sx(model.todayX)}
                y={margin.top - 8}
                textAnchor={model.todayX / model.endX > 0.9 ? 'end' : 'middle'}
              >
                Today
              </text>
            </g>
          )}
        </svg>
        <ChartPoints
          // A new check-in starts the keyboard at the newest point again.
          key={input.chart.values.length}
          title={title}
          metric={input.metric}
          values={input.chart.values}
          at={(i) => {
            const [px, py] = model.points[i]!;
            return { x: sx(px), y: sy(py) };
          }}
          width={width}
        />
      </div>
      <figcaption>
        <ChartLegend
          target={formatQuantity(input.metric.target, input.metric.unit, 2)}
          hasTargetLine={model.targetLine !== null}
          hasForecast={model.forecast !== null}
          hasToday={model.todayX !== null}
          forecastNote={forecastNote}
        />
        <p className="goal-chart__note">
          The forecast is the straight line that best fits your check-ins, carried on to the due date.
        </p>
      </figcaption>
      <ChartDataTable input={input} model={model} />
    </figure>
  );
}

/** A unit short enough to stand up the axis; the legend and the table carry it in full. */
function unitLabel(unit: string): string {
  return unit.length > 18 ? `${unit.slice(0, 17)}…` : unit;
}
