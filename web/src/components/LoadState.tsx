import { messageOf } from '../api/errors.ts';
import { Button } from './Button.tsx';
import './LoadState.css';
import './Notice.css';

/** A polite "Loading…" line for a part of a page whose data is on its way. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="loading-line" role="status">
      <span className="spinner" aria-hidden="true" /> {label}
    </p>
  );
}

/** A failed load, said plainly, with a way to ask again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <div className="notice notice--danger load-error" role="alert">
      <p>{messageOf(error)}</p>
      <Button variant="quiet" onClick={onRetry}>
        Try again
      </Button>
    </div>
  );
}
