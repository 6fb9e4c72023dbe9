import { Glyph, type GlyphName } from './icons.tsx';
import { type GoalStatus, STATUS_LABELS } from './labels.ts';
import './StatusBadge.css';

const GLYPHS: Record<GoalStatus, GlyphName> = {
  on_track: 'check',
  at_risk: 'warning',
  off_track: 'cross',
  achieved: 'star',
  missed: 'flag',
  no_data: 'dashed',
  unscheduled: 'calendar',
  paused: 'pause',
};

export interface StatusBadgeProps {
  status: GoalStatus;
  className?: string;
}

/** A goal's computed status as a pill: a word, a shape and a colour, so that no one depends on colour. */
export function StatusBadge({ status, className }: StatusBadgeProps) {
  return (
    <span className={['status-badge', `status-badge--${status}`, className].filter(Boolean).join(' ')}>
      <Glyph name={GLYPHS[status]} />
      {STATUS_LABELS[status]}
    </span>
  );
}
