// Each report chart in a sentence or two, for its text summary: the totals, and where the most was.
import { formatNumber, formatQuantity } from '@shared/numbers.ts';
import type { ReportSeries } from '@shared/reports/report.schema.ts';
import { type Bucket, bucketCount, bucketName } from '../periodWords.ts';
import type { GoalPoint } from './goalLineModel.ts';

const hours = (n: number) => `${formatNumber(n, 1)} h`;

/** The bucket with the largest `value`, the first of equals; null when every value is 0. */
export function busiest<T>(points: readonly T[], value: (p: T) => number): T | null {
  let best: T | null = null;
  for (const p of points) if (value(p) > 0 && (best === null || value(p) > value(best))) best = p;
  return best;
}

/** "When" of a bucket inside a sentence: "the week of Mar 3, 2027", "March 2027", "Mon, Mar 3, 2027". */
const when = (bucket: Bucket, from: string) =>
  bucket === 'week'
    ? `the week of ${bucketName(bucket, from).slice('Week of '.length)}`
    : bucketName(bucket, from);

/** "12.5 h of learning and 8 h of practice over 13 weeks. The most: the week of Mar 3, 2027, 4 h." */
export function timeText(bucket: Bucket, time: ReportSeries['time']): string {
  const learning = time.reduce((sum, p) => sum + p.learningHours, 0);
  const practice = time.reduce((sum, p) => sum + p.practiceHours, 0);
  if (learning === 0 && practice === 0) return 'No learning or practice logged in this period.';
  const top = busiest(time, (p) => p.learningHours + p.practiceHours)!;
  return (
    `${hours(learning)} of learning and ${hours(practice)} of practice over ${bucketCount(bucket, time.length)}. ` +
    `The most: ${when(bucket, top.from)}, ${hours(top.learningHours + top.practiceHours)}.`
  );
}

/** "9 items finished over 13 weeks, 640 minutes in all. The most: March 2027, 4 items." */
export function contentText(bucket: Bucket, content: ReportSeries['content']): string {
  const done = content.reduce((sum, p) => sum + p.done, 0);
  if (done === 0) return 'Nothing finished in this period.';
  const minutes = content.reduce((sum, p) => sum + p.minutes, 0);
  const top = busiest(content, (p) => p.done)!;
  const items = (n: number) => formatQuantity(n, 'item', 0);
  return (
    `${items(done)} finished over ${bucketCount(bucket, content.length)}, ${formatQuantity(minutes, 'minute', 0)} in all. ` +
    `The most: ${when(bucket, top.from)}, ${items(top.done)}.`
  );
}

/** "From 10 h to 22 h over the period. The target line ends it at 25 h." */
export function goalText(unit: string, start: number | null, points: readonly GoalPoint[]): string {
  const q = (n: number) => formatQuantity(n, unit, 2);
  const last = points.at(-1);
  if (!last) return 'No values in this period.';
  const parts = [
    start === null
      ? `Started in the period; ${q(last.value)} at its end.`
      : `From ${q(start)} to ${q(last.value)} over the period.`,
  ];
  if (last.expected !== null) parts.push(`The target line ends it at ${q(last.expected)}.`);
  return parts.join(' ');
}
