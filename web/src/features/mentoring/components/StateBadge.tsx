import type { MentorshipState } from '@shared/mentoring/mentorship.schema.ts';
import { Glyph, type GlyphName } from '../../goals/components/widgets/icons.tsx';
import { FEEDBACK_STATE_LABELS, type FeedbackState, STATE_LABELS } from './labels.ts';
import './mentoring.css';

const LABELS: Record<MentorshipState | FeedbackState, string> = { ...STATE_LABELS, ...FEEDBACK_STATE_LABELS };

const GLYPHS: Record<MentorshipState | FeedbackState, GlyphName> = {
  invited: 'calendar',
  active: 'check',
  declined: 'cross',
  ended: 'flag',
  open: 'calendar',
  answered: 'check',
  expired: 'flag',
};

/**
 * A mentorship's state (invited, active, declined, ended) or a feedback request's (waiting,
 * answered, expired) as a pill: a word, a shape and a colour, so that no one depends on colour.
 */
export function StateBadge({ state }: { state: MentorshipState | FeedbackState }) {
  return (
    <span className={`state-pill state-pill--${state}`}>
      <Glyph name={GLYPHS[state]} />
      {LABELS[state]}
    </span>
  );
}
