// The report's charts, drawn as PDF vector paths from the report's series: each goal against its
// target line, learning and practice hours per bucket, content finished per bucket, and skills now
// against the start of the period. Every chart has a title and its axis values written.
import { daysBetween, formatDate, toDayNumber } from '../../../shared/calendar.ts';
import type { ReportSeries } from '../../../shared/reports/report.schema.ts';
import { LEVEL_MAX } from '../../../shared/skills/levels.ts';
import {
  type Box,
  COLORS,
  chartTitle,
  clip,
  LABEL_SIZE,
  label,
  labelledIndexes,
  niceTicks,
  plotArea,
  valueAxis,
} from './pdf-axes.ts';

type Doc = PDFKit.PDFDocument;
type Bucket = ReportSeries['bucket'];

/** "Mar 1" within a year or so; "Mar 2027" across longer spans and for months. */
function shortDate(date: string, withYear: boolean): string {
  const full = formatDate(date); // "Mar 1, 2027"
  return withYear ? full.replace(/ \d+,/, '') : full.replace(/, \d+$/, '');
}

/** Dates under the plot, at most eight, centred under what they label. */
function dateAxis(doc: Doc, plot: Box, dates: string[], xOf: (i: number) => number, withYear: boolean): void {
  for (const i of labelledIndexes(dates.length)) {
    label(doc, shortDate(dates[i]!, withYear), xOf(i), plot.y + plot.h + 4, 'center');
  }
}

/** A goal's value at the end of each bucket, and where its schedule said it should be (dashed). */
export function goalChart(
  doc: Doc,
  box: Box,
  title: string,
  points: ReportSeries['goals'][number]['points'],
): void {
  chartTitle(doc, box, title, [
    { text: 'Value', color: COLORS.first },
    { text: 'Target line', color: COLORS.second },
  ]);
  const plot = plotArea(box);
  if (points.length === 0) return;
  const numbers = points.flatMap((p) => (p.expected === null ? [p.value] : [p.value, p.expected]));
  const y = valueAxis(doc, plot, niceTicks(Math.min(...numbers), Math.max(...numbers)));
  const first = toDayNumber(points[0]!.date);
  const days = Math.max(1, toDayNumber(points[points.length - 1]!.date) - first);
  const xOf = (i: number) => plot.x + ((toDayNumber(points[i]!.date) - first) / days) * plot.w;
  dateAxis(
    doc,
    plot,
    points.map((p) => p.date),
    xOf,
    days > 400,
  );

  // The target line: segments between consecutive points that have one, dashed.
  if (points.some((p) => p.expected !== null)) {
    doc.save().dash(3, { space: 2 }).lineWidth(1).strokeColor(COLORS.second);
    points.forEach((p, i) => {
      if (p.expected === null) return;
      if (points[i - 1]?.expected != null) doc.lineTo(xOf(i), y(p.expected));
      else doc.moveTo(xOf(i), y(p.expected));
    });
    doc.stroke().restore();
  }

  doc.lineWidth(1.5).strokeColor(COLORS.first);
  points.forEach((p, i) => {
    if (i === 0) doc.moveTo(xOf(i), y(p.value));
    else doc.lineTo(xOf(i), y(p.value));
  });
  doc.stroke();
  // Dots on the points while they stay apart (a lone point draws no line, its dot shows it).
  if (points.length <= 31) {
    points.forEach((p, i) => {
      doc.circle(xOf(i), y(p.value), 1.6).fill(COLORS.first);
    });
  }
}

/** Bars per bucket, one beside the other for each series (learning and practice; content done). */
export function barChart(
  doc: Doc,
  box: Box,
  title: string,
  buckets: { from: string; to: string }[],
  series: { name: string; color: string; values: number[] }[],
  bucket: Bucket,
  whole = false,
): void {
  chartTitle(
    doc,
    box,
    title,
    series.map((s) => ({ text: s.name, color: s.color })),
  );
  const plot = plotArea(box);
  if (buckets.length === 0) return;
  const all = series.flatMap((s) => s.values);
  const y = valueAxis(doc, plot, niceTicks(Math.min(0, ...all), Math.max(0, ...all), 4, whole));
  const slot = plot.w / buckets.length;
  const barWidth = (slot * 0.8) / series.length;
  series.forEach((s, k) => {
    s.values.forEach((v, i) => {
      const top = Math.min(y(v), y(0));
      const height = Math.abs(y(v) - y(0));
      if (height > 0)
        doc.rect(plot.x + i * slot + slot * 0.1 + k * barWidth, top, barWidth, height).fill(s.color);
    });
  });
  const longSpan = bucket === 'month' || daysBetween(buckets[0]!.from, buckets[buckets.length - 1]!.to) > 400;
  dateAxis(
    doc,
    plot,
    buckets.map((b) => b.from),
    (i) => plot.x + (i + 0.5) * slot,
    longSpan,
  );
}

type SkillPoint = ReportSeries['skills'][number];
// A skill not assessed at a moment has no level there; drawn at 0, the level of knowing nothing.
const levelAt = (s: SkillPoint, when: 'from' | 'to') => s[when] ?? 0;

/** Skills now against the start of the period: a radar from three skills, bars for one or two. */
export function skillsChart(doc: Doc, box: Box, skills: SkillPoint[]): void {
  chartTitle(doc, box, 'Skills: your level now and at the start', [
    { text: 'Now', color: COLORS.first },
    { text: 'At the start', color: COLORS.second },
  ]);
  if (skills.length >= 3) radar(doc, plotArea(box), skills);
  else skillBars(doc, plotArea(box), skills);
}

function radar(doc: Doc, plot: Box, skills: SkillPoint[]): void {
  const cx = plot.x + plot.w / 2;
  const cy = plot.y + plot.h / 2;
  // Room around the outer ring for the skills' names: 90 points at the sides, a line above and below.
  const radius = Math.min(plot.w / 2 - 90, plot.h / 2 - 14);
  // The first skill straight up, the others clockwise.
  const at = (i: number, level: number): [number, number] => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / skills.length;
    const r = (radius * level) / LEVEL_MAX;
    return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
  };
  for (let level = 1; level <= LEVEL_MAX; level++) {
    doc
      .polygon(...skills.map((_, i) => at(i, level)))
      .lineWidth(0.5)
      .strokeColor(COLORS.grid)
      .stroke();
  }
  skills.forEach((s, i) => {
    const [ex, ey] = at(i, LEVEL_MAX);
    doc.moveTo(cx, cy).lineTo(ex, ey).lineWidth(0.5).strokeColor(COLORS.grid).stroke();
    // The name 8 points beyond the outer ring, clear of the ring values written up the first spoke.
    const lx = ex + (8 * (ex - cx)) / radius;
    const ly = ey + (8 * (ey - cy)) / radius - LABEL_SIZE / 2 - (ey < cy - 1 ? 4 : 0);
    const align = Math.abs(lx - cx) < 4 ? 'center' : lx > cx ? 'left' : 'right';
    label(doc, clip(doc, s.skill.name, 85), lx, ly, align);
  });
  const shape = (when: 'from' | 'to', color: string, opacity: number) => {
    doc
      .save()
      .polygon(...skills.map((s, i) => at(i, levelAt(s, when))))
      .lineWidth(1.2)
      .fillOpacity(opacity)
      .fillAndStroke(color, color)
      .restore();
  };
  shape('from', COLORS.second, 0.15);
  shape('to', COLORS.first, 0.25);
  // The ring values last, over the shapes.
  for (let level = 1; level <= LEVEL_MAX; level++) label(doc, String(level), cx + 3, at(0, level)[1] - 2);
}

function skillBars(doc: Doc, plot: Box, skills: SkillPoint[]): void {
  const left = plot.x + 90;
  const width = plot.w - 90;
  const xOf = (level: number) => left + (width * level) / LEVEL_MAX;
  for (let level = 0; level <= LEVEL_MAX; level++) {
    doc
      .moveTo(xOf(level), plot.y)
      .lineTo(xOf(level), plot.y + plot.h)
      .lineWidth(0.5)
      .strokeColor(level === 0 ? COLORS.axis : COLORS.grid)
      .stroke();
    label(doc, String(level), xOf(level), plot.y + plot.h + 4, 'center');
  }
  const row = plot.h / Math.max(skills.length, 1);
  const bar = Math.min(14, row * 0.35);
  skills.forEach((s, i) => {
    const top = plot.y + i * row + row / 2 - bar;
    label(doc, clip(doc, s.skill.name, 84), left - 6, top + bar - LABEL_SIZE / 2, 'right');
    const now = xOf(levelAt(s, 'to')) - left;
    const start = xOf(levelAt(s, 'from')) - left;
    if (now > 0) doc.rect(left, top, now, bar).fill(COLORS.first);
    if (start > 0) doc.rect(left, top + bar, start, bar).fill(COLORS.second);
  });
}
