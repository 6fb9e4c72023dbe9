import { type ReactNode, useId } from 'react';
import '../../../goals/components/chart/GoalChart.css';

/** What a drawing is named and described by: the chart's title, and the id of its summary. */
export interface ChartIds {
  label: string;
  summaryId: string;
}

export interface ReportChartProps {
  title: string;
  /** The chart in a sentence or two: shown under the title, and the drawing's description. */
  summary: string;
  /** The drawing, given its name and the summary's id (`role="img"`, named by the title, described by the summary). */
  drawing: (ids: ChartIds) => ReactNode;
  legend?: ReactNode;
  /** The numbers behind the drawing, in a table behind "Show data". */
  table: ReactNode;
}

/** A report chart: its title, a text summary, the drawing, its key, and its data as a table. */
export function ReportChart({ title, summary, drawing, legend, table }: ReportChartProps) {
  const titleId = useId();
  const summaryId = useId();
  return (
    <figure className="report-chart" aria-labelledby={titleId}>
      <h3 id={titleId} className="report-chart__title">
        {title}
      </h3>
      <p id={summaryId} className="report-chart__summary">
        {summary}
      </p>
      {drawing({ label: title, summaryId })}
      {legend}
      <details className="chart-data">
        <summary>Show data</summary>
        {table}
      </details>
    </figure>
  );
}

export interface LegendEntry {
  label: string;
  /** The swatch: a small SVG drawing in a 32 × 12 box. */
  swatch: ReactNode;
}

/** A chart's key, as the goal chart draws its own: each entry a swatch and words. */
export function Legend({ entries }: { entries: readonly LegendEntry[] }) {
  return (
    <ul className="chart-legend">
      {entries.map((entry) => (
        <li key={entry.label}>
          <svg className="chart-legend__swatch" viewBox="0 0 32 12" aria-hidden="true" focusable="false">
            {entry.swatch}
          </svg>
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
