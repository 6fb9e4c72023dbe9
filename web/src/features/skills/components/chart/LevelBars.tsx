import { LEVEL_MAX } from '@shared/skills/levels.ts';
import type { LabelledChart } from './Radar.tsx';
import type { ChartLine } from './radarModel.ts';

const LEVELS = Array.from({ length: LEVEL_MAX + 1 }, (_, i) => i);

/**
 * One or two requirements, where a radar would enclose no area: a bar per skill on the 0–5 scale,
 * the required level as a dashed frame ending in a square, the person's as a filled bar ending in a dot.
 */
export function LevelBars({
  lines,
  width,
  titleId,
  descId,
  title,
  description,
}: { lines: readonly ChartLine[]; width: number } & LabelledChart) {
  const w = Math.min(width, 640);
  const left = 12;
  const right = 16;
  const rowH = 58;
  const top = 8;
  const axis = 24;
  const h = top + rowH * lines.length + axis;
  const plotW = w - left - right;
  const x = (level: number) => left + (plotW * level) / LEVEL_MAX;

  return (
    <svg
      className="skill-chart__svg"
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
          <g key={level}>
            <line x1={x(level)} x2={x(level)} y1={top} y2={h - axis + 4} />
            <text className="skill-chart__tick" x={x(level)} y={h - 6} textAnchor="middle">
              {level}
            </text>
          </g>
        ))}
      </g>
      {lines.map((line, i) => {
        const y = top + i * rowH;
        return (
          <g key={line.skillId} className="skill-chart__labels">
            <text x={left} y={y + 14}>
              {line.name}
            </text>
            <rect
              className="skill-chart__required skill-chart__required--bar"
              x={x(0)}
              y={y + 22}
              width={x(line.required) - x(0)}
              height={24}
            />
            <rect
              className="skill-chart__current skill-chart__current--bar"
              x={x(0)}
              y={y + 28}
              width={x(Math.min(line.current, LEVEL_MAX)) - x(0)}
              height={12}
            />
            <rect
              className="skill-chart__required-mark"
              x={x(line.required) - 3.5}
              y={y + 30.5}
              width="7"
              height="7"
            />
            <circle className="skill-chart__current-mark" cx={x(line.current)} cy={y + 34} r="4" />
          </g>
        );
      })}
    </svg>
  );
}
