// The pieces every chart of the PDF is drawn with: a box, round axis values, labels placed by their
// measured width, a title and a legend. Labels are written without PDFKit's line wrapper, which
// would break them into lines or start a new page.
import { formatNumber } from '../../../shared/numbers.ts';
import { drawable, REGULAR } from './pdf-fonts.ts';

type Doc = PDFKit.PDFDocument;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const COLORS = {
  text: '#1f2937',
  muted: '#6b7280',
  grid: '#e5e7eb',
  axis: '#9ca3af',
  first: '#2563eb',
  second: '#f59e0b',
};

export const LABEL_SIZE = 7;
const TITLE_SIZE = 10;

/** Writes one line of text at (x, y): its left end, centre or right end, as `align` says. */
export function label(
  doc: Doc,
  text: string,
  x: number,
  y: number,
  align: 'left' | 'center' | 'right' = 'left',
  size = LABEL_SIZE,
  color = COLORS.muted,
): void {
  const safe = drawable(text);
  doc.font(REGULAR).fontSize(size).fillColor(color);
  const width = doc.widthOfString(safe);
  const left = align === 'left' ? x : align === 'center' ? x - width / 2 : x - width;
  doc.text(safe, left, y, { lineBreak: false });
}

/** A text cut to `width` points with an ellipsis, so a long name cannot run over its neighbours. */
export function clip(doc: Doc, text: string, width: number, size = LABEL_SIZE): string {
  const safe = drawable(text);
  doc.font(REGULAR).fontSize(size);
  if (doc.widthOfString(safe) <= width) return safe;
  let end = safe.length;
  while (end > 1 && doc.widthOfString(`${safe.slice(0, end)}…`) > width) end--;
  return `${safe.slice(0, end)}…`;
}

/**
 * Axis values from `min` to `max` in 1, 2, 2.5 or 5 times a power of ten, about `count` steps: 0 to
 * 37 becomes 0, 10, 20, 30, 40. A flat series (min = max) is drawn against zero, so it still scales.
 * `whole`: steps of at least 1, for counts (no 0.25 of a book).
 */
export function niceTicks(min: number, max: number, count = 4, whole = false): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  let lo = Math.min(min, max);
  let hi = Math.max(min, max);
  if (hi - lo < 1e-9) {
    // From zero to the value (or the value to zero); a series of zeros from 0 to 1.
    if (lo === 0) hi = 1;
    else if (lo > 0) lo = 0;
    else hi = 0;
  }
  const rough = (hi - lo) / count;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const nice = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= rough) ?? 10) * magnitude;
  const step = whole ? Math.max(1, Math.round(nice)) : nice;
  const first = Math.floor(lo / step + 1e-9) * step;
  const ticks: number[] = [];
  for (let t = first; t < hi + step - 1e-9 * step; t += step) ticks.push(Number(t.toPrecision(12)));
  return ticks.length > 1 ? ticks : [first, first + step];
}

/** The chart's title above the box, and a legend of coloured squares at the title's right. */
export function chartTitle(
  doc: Doc,
  box: Box,
  title: string,
  legend: { text: string; color: string }[],
): void {
  const widthOf = (text: string) => doc.font(REGULAR).fontSize(LABEL_SIZE).widthOfString(drawable(text));
  const legendWidth = legend.reduce((sum, l) => sum + widthOf(l.text) + 18, 0);
  label(
    doc,
    clip(doc, title, box.w - legendWidth - 8, TITLE_SIZE),
    box.x,
    box.y,
    'left',
    TITLE_SIZE,
    COLORS.text,
  );
  let x = box.x + box.w - legendWidth;
  for (const l of legend) {
    doc.rect(x, box.y + 2, 7, 7).fill(l.color);
    label(doc, l.text, x + 10, box.y + 2);
    x += widthOf(l.text) + 18;
  }
}

/** The plot's area inside a chart box: room above for the title, left for values, below for dates. */
export function plotArea(box: Box): Box {
  return { x: box.x + 36, y: box.y + 20, w: box.w - 40, h: box.h - 34 };
}

/** Horizontal grid lines at each tick with its value at the left; answers the value → y mapping. */
export function valueAxis(doc: Doc, plot: Box, ticks: number[]): (value: number) => number {
  const lo = ticks[0]!;
  const hi = ticks[ticks.length - 1]!;
  const y = (v: number) => plot.y + plot.h - ((v - lo) / (hi - lo)) * plot.h;
  for (const t of ticks) {
    doc
      .moveTo(plot.x, y(t))
      .lineTo(plot.x + plot.w, y(t))
      .lineWidth(0.5)
      .strokeColor(t === 0 ? COLORS.axis : COLORS.grid)
      .stroke();
    label(doc, formatNumber(t, 2), plot.x - 4, y(t) - 3, 'right');
  }
  return y;
}

/** At most `most` of `count` positions to label, evenly spaced, always the first. */
export function labelledIndexes(count: number, most = 8): Set<number> {
  const every = Math.max(1, Math.ceil(count / most));
  const indexes = new Set<number>();
  for (let i = 0; i < count; i += every) indexes.add(i);
  return indexes;
}
