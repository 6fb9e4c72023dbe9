import { readinessPercent } from './labels.ts';
import './targets.css';

export interface ReadinessProps {
  /** 0 to 1, as the API's `readiness`. */
  share: number;
  /** Accessible name of the bar, e.g. "Readiness for Data Engineer". */
  label: string;
  size?: 'large';
}

/**
 * Readiness as a bar with its percentage ("43% ready"), exposed as a meter: it measures a share,
 * rather than the progress of a task.
 */
export function Readiness({ share, label, size }: ReadinessProps) {
  const percent = readinessPercent(share);
  const width = Math.min(100, Math.max(0, share * 100));
  return (
    <div className={size === 'large' ? 'readiness readiness--large' : 'readiness'}>
      {/* A styled bar: the native <meter> cannot be drawn alike across browsers and themes. */}
      {/* biome-ignore lint/a11y/useSemanticElements: the bar is drawn by CSS, announced as a meter */}
      <div
        className="readiness__track"
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(width)}
        aria-valuetext={`${percent} ready`}
      >
        <span className="readiness__fill" style={{ width: `${width}%` }} />
      </div>
      <span className="readiness__value" aria-hidden="true">
        {percent} ready
      </span>
    </div>
  );
}
