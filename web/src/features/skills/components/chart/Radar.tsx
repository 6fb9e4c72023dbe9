import { LEVEL_MAX } from '@shared/skills/levels.ts';
import {
  axisAngle,
  type ChartLine,
  labelAnchor,
  labelLines,
  polygonPoints,
  radarPoint,
} from './radarModel.ts';

export interface LabelledChart {
  titleId: string;
  descId: string;
  title: string;
  description: string;
}

const LEVELS = Array.from({ length: LEVEL_MAX }, (_, i) => i + 1);

/**
 * The radar itself: a ring per level, an axis per skill labelled with its name, the required
 * levels as a dashed outline with squares, the person's as a filled shape with dots.
 */
export function Radar({
  lines,
  width,
  titleId,
  descId,
  title,
  description,
}: { lines: readonly ChartLine[]; width: number } & LabelledChart) {
  const narrow = width < 420;
  const labelChars = narrow ? 11 : 16;
  // Room beside the drawing for the labels of the side axes, above and below for the others.
  const roomX = narrow ? 74 : 118;
  const roomY = 40;
  const w = Math.min(width, 640);
  const radius = Math.max(60, Math.min(w / 2 - roomX, narrow ? 130 : 170));
  const h = 2 * (radius + roomY);
  const cx = w / 2;
  const cy = h / 2;
  const n = lines.length;
  const point = (i: number, level: number) => radarPoint(i, n, level, LEVEL_MAX, radius, cx, cy);
  const ring = (level: number) => polygonPoints(Array(n).fill(level), LEVEL_MAX, radius, cx, cy);

  return (
    <svg
      className="skill-chart__svg skill-chart__svg--radar"
      width={w}
      height={h}
      viewBox={`0 0 ${w} ${h}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      <g className="skill-chart__grid">
        {LEVELS.map((level) => (
          <polygon key={level} points={ring(level)} />
        ))}
        {lines.map((line, i) => {
          const [x, y] = point(i, LEVEL_MAX);
          return <line key={line.skillId} x1={cx} y1={cy} x2={x} y2={y} />;
        })}
        {LEVELS.map((level) => {
          // Between the first two axes, where no marker ever sits.
          const [x, y] = radarPoint(0.5, n, level, LEVEL_MAX, radius, cx, cy);
          return (
            <text key={level} className="skill-chart__tick" x={x} y={y} dx="0.3em" dy="0.35em">
              {level}
            </text>
          );
        })}
      </g>
      <polygon
        className="skill-chart__required"
        points={polygonPoints(
          lines.map((l) => l.required),
          LEVEL_MAX,
          radius,
          cx,
          cy,
        )}
      />
      <polygon
        className="skill-chart__current skill-chart__current--area"
        points={polygonPoints(
          lines.map((l) => l.current),
          LEVEL_MAX,
          radius,
          cx,
          cy,
        )}
      />
      {lines.map((line, i) => {
        const [rx, ry] = point(i, line.required);
        const [px, py] = point(i, line.current);
        return (
          <g key={line.skillId}>
            <rect className="skill-chart__required-mark" x={rx - 3.5} y={ry - 3.5} width="7" height="7" />
            <circle className="skill-chart__current-mark" cx={px} cy={py} r="4" />
          </g>
        );
      })}
      <g className="skill-chart__labels">
        {lines.map((line, i) => {
          const [x, y] = radarPoint(i, n, LEVEL_MAX, LEVEL_MAX, radius + 12, cx, cy);
          const rows = labelLines(line.name, labelChars);
          const sin = Math.sin(axisAngle(i, n));
          // Labels above the centre grow upwards, those below downwards, the side ones sit centred.
          const first =
            sin < -0.2 ? -(rows.length - 1) * 1.15 : sin > 0.2 ? 0.8 : 0.35 - (rows.length - 1) * 0.575;
          return (
            <text key={line.skillId} x={x} y={y} textAnchor={labelAnchor(i, n)}>
              {rows.map((row, r) => (
                <tspan key={row} x={x} dy={r === 0 ? `${first}em` : '1.15em'}>
                  {row}
                </tspan>
              ))}
            </text>
          );
        })}
      </g>
    </svg>
  );
}
