import './ProgressBar.css';

export interface ProgressBarProps {
  /** 0 to 1, as the API's `progress.fraction`. */
  fraction: number;
  /** Accessible name, e.g. "Progress of Read 12 books". */
  label: string;
  /** Spoken instead of the percentage, e.g. "7 of 12 books". */
  valueText?: string;
  className?: string;
}

/** Percent of the way from baseline to target; rounds down so 100% only shows when truly done. */
export function percentOf(fraction: number): number {
  if (!Number.isFinite(fraction)) return 0;
  const clamped = Math.min(1, Math.max(0, fraction));
  return clamped >= 1 ? 100 : Math.floor(clamped * 100);
}

/** A horizontal bar with its percentage beside it, exposed as a progressbar to assistive technology. */
export function ProgressBar({ fraction, label, valueText, className }: ProgressBarProps) {
  const percent = percentOf(fraction);
  return (
    <div className={['progress', className].filter(Boolean).join(' ')}>
      <div
        className="progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={valueText ?? `${percent}%`}
      >
        <span className="progress__fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="progress__value" aria-hidden="true">
        {percent}%
      </span>
    </div>
  );
}
