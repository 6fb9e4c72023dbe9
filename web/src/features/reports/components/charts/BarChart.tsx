import { formatNumber } from '@shared/numbers.ts';
import { useId, useRef } from 'react';
import { useElementWidth } from '../../../goals/components/chart/useElementWidth.ts';
import { labelRoom, ValueAxis } from '../../../goals/components/chart/ValueAxis.tsx';
import { type Bucket, bucketName, bucketTick } from '../periodWords.ts';
import { bands, barHeight, barScale, barX, labelStep } from './barsModel.ts';
import type { ChartIds } from './ReportChart.tsx';

export interface BarSeries {
  label: string;
  /** Its colour class (report-bar--learning …): series differ by fill pattern as well as colour. */
  className: string;
  /** Drawn with diagonal hatching instead of a solid fill, so it reads in black and white too. */
  hatched?: boolean;
  values: readonly number[];
  /** A value in words for its bar's tooltip: "4 h". */
  format: (value: number) => string;
}

export interface BarChartProps extends ChartIds {
  bucket: Bucket;
  /** The buckets, oldest first, by their first day. */
  buckets: readonly { from: string }[];
  series: readonly BarSeries[];
}

/** Bars per bucket, side by side when there are several series, on a value axis from 0. */
export function BarChart({ label, summaryId, bucket, buckets, series }: BarChartProps) {
  const frame = useRef<HTMLDivElement>(null);
  const width = Math.max(260, useElementWidth(frame));
  const hatchId = useId();
  const scale = barScale(series.flatMap((s) => s.values));
  const labels = scale.ticks.map((v) => formatNumber(v, 1));
  const margin = {
    top: 12,
    right: 12,
    bottom: 30,
    left: labelRoom(labels, 14),
  };
  const height = 220;
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const layout = bands(buckets.length, series.length, plotW);
  const every = labelStep(buckets.length, plotW / 64);
  const y = (v: number) => margin.top + plotH - barHeight(v, scale.hi, plotH);

  return (
    <div ref={frame} className="report-chart__frame">
      <svg
        className="goal-chart__svg report-bars"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={label}
        aria-describedby={summaryId}
      >
        <defs>
          <pattern
            id={hatchId}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect className="report-bar__hatch-ground" width="6" height="6" />
            <line className="report-bar__hatch-line" x1="1" x2="1" y1="0" y2="6" />
          </pattern>
        </defs>
        <g className="goal-chart__grid">
          <ValueAxis
            ticks={scale.ticks}
            labels={labels}
            y={y}
            left={margin.left}
            right={width - margin.right}
          />
          {buckets.map((b, i) =>
            i % every === 0 ? (
              <text
                key={b.from}
                x={margin.left + (i + 0.5) * layout.step}
                y={height - 10}
                textAnchor="middle"
              >
                {bucketTick(bucket, b.from, i === 0)}
              </text>
            ) : null,
          )}
        </g>
        {series.map((s, j) => (
          <g key={s.label} className={`report-bar ${s.className}`}>
            {s.values.map((v, i) => (
              <rect
                key={buckets[i]!.from}
                x={margin.left + barX(layout, i, j)}
                y={y(v)}
                width={Math.max(1, layout.barWidth - 1)}
                height={margin.top + plotH - y(v)}
                fill={s.hatched ? `url(#${hatchId})` : undefined}
              >
                <title>{`${bucketName(bucket, buckets[i]!.from)}: ${s.label.toLowerCase()}, ${s.format(v)}`}</title>
              </rect>
            ))}
          </g>
        ))}
        <line className="report-bars__axis" x1={margin.left} x2={width - margin.right} y1={y(0)} y2={y(0)} />
      </svg>
    </div>
  );
}
