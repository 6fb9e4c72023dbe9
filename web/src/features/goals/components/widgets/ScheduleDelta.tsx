import { Glyph } from './icons.tsx';
import './ScheduleDelta.css';

export interface ScheduleDeltaProps {
  /** Days ahead (+) or behind (−) the target line, as `progress.scheduleDeltaDays`; null shows nothing. */
  days: number | null | undefined;
  className?: string;
}

/** "12 days ahead", "3 days behind", "1 day behind" or "On schedule". */
export function scheduleDeltaText(days: number): string {
  const whole = Math.round(days);
  if (whole === 0) return 'On schedule';
  const count = Math.abs(whole);
  return `${count} ${count === 1 ? 'day' : 'days'} ${whole > 0 ? 'ahead' : 'behind'}`;
}

/** How far ahead of or behind its target line a goal is, in words with an arrow. */
export function ScheduleDelta({ days, className }: ScheduleDeltaProps) {
  if (days === null || days === undefined || !Number.isFinite(days)) return null;
  const whole = Math.round(days);
  const tone = whole > 0 ? 'ahead' : whole < 0 ? 'behind' : 'even';
  const glyph = whole > 0 ? 'arrow-up' : whole < 0 ? 'arrow-down' : 'equals';
  return (
    <span className={['schedule-delta', `schedule-delta--${tone}`, className].filter(Boolean).join(' ')}>
      <Glyph name={glyph} />
      {scheduleDeltaText(whole)}
    </span>
  );
}
