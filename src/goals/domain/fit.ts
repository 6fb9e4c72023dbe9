// Ordinary least squares, used to forecast where a goal is heading.

/** A straight line `y = intercept + slope · x`. */
export interface FittedLine {
  slope: number;
  intercept: number;
}

/** The least-squares line (slope and intercept both free); null unless the points span two x values. */
export function fitLine(points: ReadonlyArray<readonly [x: number, y: number]>): FittedLine | null {
  if (points.length < 2) return null;
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / points.length;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / points.length;
  // Centred sums keep precision when x (days) and y (values) are large.
  let sxx = 0;
  let sxy = 0;
  for (const [x, y] of points) {
    sxx += (x - meanX) ** 2;
    sxy += (x - meanX) * (y - meanY);
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { slope, intercept: meanY - slope * meanX };
}

/** The line's value at `x`. */
export function lineAt(line: FittedLine, x: number): number {
  return line.intercept + line.slope * x;
}

/** The `x` at which the line reaches `y`; null for a flat line. */
export function lineReaches(line: FittedLine, y: number): number | null {
  return line.slope === 0 ? null : (y - line.intercept) / line.slope;
}
