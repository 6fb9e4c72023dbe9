import { Glyph, type GlyphName } from '../../goals/components/widgets/icons.tsx';
import type { Urgency } from './expiry.ts';
import './expiry-badge.css';

const GLYPHS: Record<Urgency, GlyphName> = {
  expired: 'cross',
  week: 'warning',
  month: 'warning',
  quarter: 'calendar',
  valid: 'check',
  never: 'check',
};

/**
 * How soon a credential expires, as a pill: a word, a shape and a colour, so that no one depends on
 * colour. Expired and within 7 days in red, within 30 in amber, the rest quiet.
 */
export function ExpiryBadge({ urgency, children }: { urgency: Urgency; children: string }) {
  return (
    <span className={`expiry-badge expiry-badge--${urgency}`}>
      <Glyph name={GLYPHS[urgency]} />
      {children}
    </span>
  );
}
