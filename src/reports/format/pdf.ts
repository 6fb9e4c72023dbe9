// A report as an A4 PDF: the Markdown's content (title, highlights, one table per section, the
// goals) and then its charts, drawn by pdf-charts.ts, in an embedded DejaVu Sans (pdf-fonts.ts says
// why); ARCHITECTURE.md says why PDFKit and not the browser's print.
import PDFDocument from 'pdfkit';
import type { Report } from '../../../shared/reports/report.schema.ts';
import {
  FIGURE_HEADER,
  formatChange,
  formatValue,
  GOAL_HEADER,
  goalCells,
  NO_GOALS,
  NO_HIGHLIGHTS,
  reportSubtitle,
  reportTitle,
  sectionsOf,
} from './labels.ts';
import { COLORS } from './pdf-axes.ts';
import { barChart, goalChart, skillsChart } from './pdf-charts.ts';
import { BOLD, drawable, REGULAR, registerFonts } from './pdf-fonts.ts';

type Doc = PDFKit.PDFDocument;

const MARGIN = 50;
/** A4 is 595.28 points wide. */
const WIDTH = 595.28 - 2 * MARGIN;
const TABLE_SIZE = 9;
const PAD = 3;

const bottomOf = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

/** Starts a new page unless `height` more points fit on this one. */
function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > bottomOf(doc)) doc.addPage();
  doc.x = MARGIN;
}

/** Text in the page's width from the left margin; PDFKit wraps it and starts pages as it must. */
function paragraph(doc: Doc, text: string, font: string, size: number, color = COLORS.text): void {
  doc.font(font).fontSize(size).fillColor(color).text(drawable(text), MARGIN, doc.y, { width: WIDTH });
}

/** A section's heading, kept on one page with the first `keep` points of what follows it. */
function heading(doc: Doc, text: string, keep = 50): void {
  doc.moveDown(0.8);
  ensureSpace(doc, keep + 20);
  paragraph(doc, text, BOLD, 13);
  doc.moveDown(0.3);
}

/** A table whose first column wraps; its header is repeated on every page it runs onto. */
function table(doc: Doc, header: string[], rows: string[][], widths: number[], align: ('left' | 'right')[]) {
  const fontOf = (bold: boolean) => doc.font(bold ? BOLD : REGULAR).fontSize(TABLE_SIZE);
  const heightOf = (cells: string[], bold: boolean) =>
    Math.max(...cells.map((c, i) => fontOf(bold).heightOfString(c, { width: widths[i]! - 2 * PAD }))) +
    2 * PAD;
  const draw = (cells: string[], bold: boolean) => {
    const top = doc.y;
    const height = heightOf(cells, bold);
    let x = MARGIN;
    cells.forEach((c, i) => {
      fontOf(bold)
        .fillColor(COLORS.text)
        .text(c, x + PAD, top + PAD, { width: widths[i]! - 2 * PAD, align: align[i] });
      x += widths[i]!;
    });
    doc
      .moveTo(MARGIN, top + height)
      .lineTo(MARGIN + WIDTH, top + height)
      .lineWidth(bold ? 0.8 : 0.4)
      .strokeColor(bold ? COLORS.axis : COLORS.grid)
      .stroke();
    doc.x = MARGIN;
    doc.y = top + height;
  };
  const safeHeader = header.map(drawable);
  const safeRows = rows.map((r) => r.map(drawable));
  ensureSpace(doc, heightOf(safeHeader, true) + heightOf(safeRows[0] ?? safeHeader, false));
  draw(safeHeader, true);
  for (const row of safeRows) {
    if (doc.y + heightOf(row, false) > bottomOf(doc)) {
      doc.addPage();
      draw(safeHeader, true);
    }
    draw(row, false);
  }
}

/** Draws a chart in a box of the page's width, on a new page when it does not fit on this one. */
function chart(
  doc: Doc,
  height: number,
  drawIt: (box: { x: number; y: number; w: number; h: number }) => void,
) {
  ensureSpace(doc, height);
  const top = doc.y;
  drawIt({ x: MARGIN, y: top, w: WIDTH, h: height });
  // The charts' labels move PDFKit's cursor; the next content goes below the box.
  doc.x = MARGIN;
  doc.y = top + height + 16;
}

function writeTables(doc: Doc, report: Report): void {
  heading(doc, 'Highlights');
  if (report.highlights.length === 0) paragraph(doc, NO_HIGHLIGHTS, REGULAR, 10);
  for (const h of report.highlights) {
    ensureSpace(doc, 14);
    const top = doc.y;
    doc.font(REGULAR).fontSize(10).fillColor(COLORS.text).text('•', MARGIN, top);
    doc.text(drawable(h), MARGIN + 12, top, { width: WIDTH - 12 });
    doc.moveDown(0.2);
  }
  const narrow = 80;
  for (const section of sectionsOf(report)) {
    heading(doc, section.title);
    const rows = section.rows.map((r) => [
      r.label,
      formatValue(r.value),
      formatValue(r.previous),
      formatChange(r.change),
    ]);
    table(
      doc,
      FIGURE_HEADER,
      rows,
      [WIDTH - 3 * narrow, narrow, narrow, narrow],
      ['left', 'right', 'right', 'right'],
    );
  }
  heading(doc, 'Goal progress');
  if (report.goals.length === 0) paragraph(doc, NO_GOALS, REGULAR, 10);
  else {
    const column = 66;
    const widths = [WIDTH - 5 * column, column, column, column, column, column];
    table(doc, GOAL_HEADER, report.goals.map(goalCells), widths, [
      'left',
      'right',
      'right',
      'right',
      'right',
      'left',
    ]);
  }
}

function writeCharts(doc: Doc, report: Report): void {
  const { series } = report;
  const per = `per ${series.bucket}`;
  if (series.goals.length + series.time.length + series.content.length + series.skills.length === 0) return;
  const skillsHeight = series.skills.length >= 3 ? 220 : 60 + 36 * series.skills.length;
  const heights = [
    ...series.goals.map(() => 150),
    series.time.length > 0 ? 170 : 0,
    series.content.length > 0 ? 170 : 0,
    series.skills.length > 0 ? skillsHeight : 0,
  ];
  heading(
    doc,
    'Charts',
    heights.find((h) => h > 0),
  );
  for (const g of series.goals) {
    const goal = report.goals.find((r) => r.goal.id === g.goalId)?.goal;
    const title = goal ? `${goal.title}${goal.unit ? ` (${goal.unit})` : ''}` : 'A goal';
    chart(doc, 150, (box) => goalChart(doc, box, title, g.points));
  }
  if (series.time.length > 0) {
    const values = [
      { name: 'Learning', color: COLORS.first, values: series.time.map((t) => t.learningHours) },
      { name: 'Practice', color: COLORS.second, values: series.time.map((t) => t.practiceHours) },
    ];
    chart(doc, 170, (box) =>
      barChart(doc, box, `Learning and practice hours ${per}`, series.time, values, series.bucket),
    );
  }
  if (series.content.length > 0) {
    const values = [{ name: 'Done', color: COLORS.first, values: series.content.map((c) => c.done) }];
    chart(doc, 170, (box) =>
      barChart(doc, box, `Content finished ${per}`, series.content, values, series.bucket, true),
    );
  }
  if (series.skills.length > 0) chart(doc, skillsHeight, (box) => skillsChart(doc, box, series.skills));
}

/** The report as a PDF file. */
export async function renderPdf(report: Report, owner: { name: string }): Promise<Buffer> {
  const title = reportTitle(report, owner);
  // The metadata keeps every character: PDFKit writes it as UTF-16, unlike text on the page.
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: title, Author: owner.name, Creator: 'Trellis' },
  });
  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  registerFonts(doc);
  paragraph(doc, title, BOLD, 18);
  doc.moveDown(0.2);
  paragraph(doc, reportSubtitle(report), REGULAR, 10, COLORS.muted);
  writeTables(doc, report);
  writeCharts(doc, report);
  doc.end();
  return finished;
}
