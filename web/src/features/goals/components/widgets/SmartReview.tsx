import type { Finding } from '@shared/goals/goal.schema.ts';
import { Glyph, type GlyphName } from './icons.tsx';
import { RULE_LABELS } from './labels.ts';
import './SmartReview.css';

export interface SmartReviewProps {
  /** The API's findings; undefined while the first review is on its way. */
  findings: readonly Finding[] | undefined;
  /** True while a (new) review is being fetched; the previous findings stay on screen meanwhile. */
  loading?: boolean;
  /** Said when there are no findings (yet) to show. */
  emptyText?: string;
  className?: string;
}

const LEVELS: Record<Finding['level'], { glyph: GlyphName; word: string }> = {
  ok: { glyph: 'check', word: 'Looks good' },
  warn: { glyph: 'warning', word: 'Needs work' },
  info: { glyph: 'info', word: 'Note' },
};

/** "4 of 6 look good, 2 need work." — short enough to be announced when it changes. */
export function reviewSummary(findings: readonly Finding[]): string {
  const ok = findings.filter((f) => f.level === 'ok').length;
  const warn = findings.filter((f) => f.level === 'warn').length;
  if (warn === 0) return `All ${findings.length} checks look good.`;
  return `${ok} of ${findings.length} look good, ${warn} ${warn === 1 ? 'needs' : 'need'} work.`;
}

/**
 * The SMART review: one row per rule with a shape, a word and a colour for its level. Only the
 * one-line summary is a live region, so a review refreshed while typing is announced briefly, and
 * only when the summary actually changes.
 */
export function SmartReview({
  findings,
  loading = false,
  emptyText = 'Nothing to review yet.',
  className,
}: SmartReviewProps) {
  return (
    <div className={['smart-review', className].filter(Boolean).join(' ')} aria-busy={loading || undefined}>
      <p className="smart-review__summary" role="status">
        {findings === undefined
          ? loading
            ? 'Reviewing…'
            : ''
          : findings.length === 0
            ? emptyText
            : reviewSummary(findings)}
        {loading && <span className="spinner smart-review__spinner" aria-hidden="true" />}
      </p>
      {findings && findings.length > 0 && (
        <ul className="smart-review__list">
          {findings.map((finding) => {
            const level = LEVELS[finding.level];
            return (
              <li key={finding.rule} className={`finding finding--${finding.level}`}>
                <Glyph name={level.glyph} className="finding__glyph" />
                <div className="finding__body">
                  <p className="finding__rule">
                    {RULE_LABELS[finding.rule]}
                    <span className="visually-hidden">: {level.word}.</span>
                  </p>
                  <p className="finding__message">{finding.message}</p>
                  {finding.suggestion && <p className="finding__suggestion">{finding.suggestion}</p>}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
