// The value axis every chart of the app draws (a goal's chart, the report's): a line across the
// plot at each tick, and the tick's value at its left.

/** Pixels of left margin that hold the widest of `labels` (about 7.5 px a character) beside `extra`. */
export const labelRoom = (labels: readonly string[], extra: number): number =>
  extra + 7.5 * Math.max(...labels.map((l) => l.length));

export interface ValueAxisProps {
  ticks: readonly number[];
  /** Each tick's value as written. */
  labels: readonly string[];
  /** The y of a value. */
  y: (value: number) => number;
  /** Where the plot starts and ends across. */
  left: number;
  right: number;
}

export function ValueAxis({ ticks, labels, y, left, right }: ValueAxisProps) {
  return ticks.map((v, i) => (
    <g key={v}>
      <line x1={left} x2={right} y1={y(v)} y2={y(v)} />
      <text x={left - 8} y={y(v)} dy="0.32em" textAnchor="end">
        {labels[i]}
      </text>
    </g>
  ));
}
