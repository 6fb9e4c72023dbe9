// The geometry of the skills chart: a radar of current against required levels, one axis per
// requirement, or bars when there are too few requirements for a radar to have an area. Pure: levels
// in, coordinates out, so it is unit-tested with numbers worked out by hand.
import { clean } from '@shared/numbers.ts';

/** One requirement as the chart draws it. */
export interface ChartLine {
  skillId: string;
  name: string;
  current: number;
  required: number;
}

/** A radar needs at least three axes to enclose an area; fewer are drawn as bars. */
export const RADAR_MIN_AXES = 3;
/** More axes than this crowd their labels: the chart shows the highest priorities and says so. */
export const RADAR_MAX_AXES = 12;
/** On a phone's width a radar's labels crowd sooner: past this many, bars (one per line) read better. */
export const RADAR_MAX_AXES_NARROW = 6;

export interface ChartPlan {
  kind: 'radar' | 'bars' | 'none';
  /** The lines drawn, in the order given (highest priority first). */
  shown: ChartLine[];
  /** How many were left out of the drawing (the table still lists them). */
  hidden: number;
}

/**
 * Which chart to draw for `lines` (sorted by priority), and which of them: a radar from three
 * lines, bars below that and on a `narrow` width past `RADAR_MAX_AXES_NARROW`; at most `maxAxes`.
 */
export function chartPlan(
  lines: readonly ChartLine[],
  { maxAxes = RADAR_MAX_AXES, narrow = false }: { maxAxes?: number; narrow?: boolean } = {},
): ChartPlan {
  if (lines.length === 0) return { kind: 'none', shown: [], hidden: 0 };
  const shown = lines.slice(0, maxAxes);
  const hidden = lines.length - shown.length;
  if (lines.length < RADAR_MIN_AXES || (narrow && shown.length > RADAR_MAX_AXES_NARROW)) {
    return { kind: 'bars', shown, hidden };
  }
  return { kind: 'radar', shown, hidden };
}

/** The angle of axis `i` of `n`, in radians: the first points straight up, the rest follow clockwise. */
export function axisAngle(i: number, n: number): number {
  return -Math.PI / 2 + (2 * Math.PI * i) / n;
}

/**
 * The point of `value` (0 … `max`, clamped) on axis `i` of `n`, for a radar of `radius` centred on
 * (`cx`, `cy`), in SVG coordinates (y grows downwards). Cleaned of floating-point noise, so the
 * axis pointing right at 4 of 5 on a radius of 100 is (80, 0), not (80, 4.9e-15).
 */
export function radarPoint(
  i: number,
  n: number,
  value: number,
  max: number,
  radius: number,
  cx = 0,
  cy = 0,
): [number, number] {
  const r = (radius * Math.min(max, Math.max(0, value))) / max;
  const angle = axisAngle(i, n);
  return [clean(cx + r * Math.cos(angle)), clean(cy + r * Math.sin(angle))];
}

/** An SVG `points` attribute for one value per axis: "x,y x,y …", to two decimals. */
export function polygonPoints(
  values: readonly number[],
  max: number,
  radius: number,
  cx = 0,
  cy = 0,
): string {
  return values
    .map((v, i) => radarPoint(i, values.length, v, max, radius, cx, cy))
    .map(([x, y]) => `${round2(x)},${round2(y)}`)
    .join(' ');
}

/** How an axis label sits against its axis' end: left of it on the left side, right of it on the right. */
export function labelAnchor(i: number, n: number): 'start' | 'middle' | 'end' {
  const x = clean(Math.cos(axisAngle(i, n)));
  if (Math.abs(x) < 0.2) return 'middle';
  return x > 0 ? 'start' : 'end';
}

/**
 * A label in at most two lines of about `width` characters, cut with an ellipsis beyond that (the
 * data table has every name in full).
 */
export function labelLines(name: string, width = 16): string[] {
  if (name.length <= width) return [name];
  const words = name.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= width || line === '') line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const cut = (s: string) => (s.length > width ? `${s.slice(0, width - 1)}…` : s);
  if (lines.length <= 2) return lines.map(cut);
  // A third line would not fit beside the chart: the rest goes on the second, cut.
  return [cut(lines[0]!), cut(lines.slice(1).join(' '))];
}

const round2 = (x: number) => {
  const r = Math.round(x * 100) / 100;
  return r === 0 ? 0 : r;
};
