import './GoalChart.css';

export interface ChartLegendProps {
  /** The target with its unit, e.g. "200 h". */
  target: string;
  hasTargetLine: boolean;
  hasForecast: boolean;
  hasToday: boolean;
  /** Said in the key when there is no forecast line to draw yet, e.g. "Too early to forecast…". */
  forecastNote?: string | undefined;
}

/** The chart's key: each entry shows its line's dash pattern and marker, so colour is never the only cue. */
export function ChartLegend({
  target,
  hasTargetLine,
  hasForecast,
  hasToday,
  forecastNote,
}: ChartLegendProps) {
  return (
    <ul className="chart-legend">
      <li>
        <Swatch kind="series" />
        Your progress (check-ins)
      </li>
      {hasTargetLine && (
        <li>
          <Swatch kind="target" />
          Target line (dashed)
        </li>
      )}
      {hasForecast && (
        <li>
          <Swatch kind="forecast" />
          Forecast (dotted)
        </li>
      )}
      {!hasForecast && forecastNote && <li className="chart-legend__note">{forecastNote}</li>}
      <li>
        <Swatch kind="target-level" />
        Target: {target} (thin line)
      </li>
      {hasToday && (
        <li>
          <Swatch kind="today" />
          Today
        </li>
      )}
    </ul>
  );
}

type SwatchKind = 'series' | 'target' | 'forecast' | 'target-level' | 'today';

function Swatch({ kind }: { kind: SwatchKind }) {
  return (
    <svg className="chart-legend__swatch" viewBox="0 0 32 12" aria-hidden="true" focusable="false">
      {kind === 'today' ? (
        <line className="goal-chart__today-line" x1="16" x2="16" y1="0" y2="12" />
      ) : (
        <line className={`goal-chart__${kind}`} x1="2" x2={kind === 'forecast' ? '22' : '30'} y1="6" y2="6" />
      )}
      {kind === 'series' && <circle className="goal-chart__point" cx="16" cy="6" r="3.5" />}
      {kind === 'forecast' && <path className="goal-chart__projected" d="M26,1l5,5l-5,5l-5,-5z" />}
    </svg>
  );
}
