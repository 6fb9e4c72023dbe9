import { messageOf } from '../api/errors.ts';
import { Button } from '../components/Button.tsx';
import './LoadingScreen.css';

/** Shown while the session is being checked, or when the server could not be asked. */
export function LoadingScreen({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  if (!error) {
    return (
      <main id="main" className="loading-screen" aria-busy="true">
        <span className="spinner spinner--large" aria-hidden="true" />
        <p className="visually-hidden">Loading Trellis…</p>
      </main>
    );
  }
  return (
    <main id="main" className="loading-screen">
      <h1>Trellis is unavailable</h1>
      <p role="alert">{messageOf(error)}</p>
      <Button variant="primary" onClick={onRetry}>
        Try again
      </Button>
    </main>
  );
}
