import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import './StatusProvider.css';

type Show = (message: string) => void;

const StatusContext = createContext<Show>(() => {});

/** How long a status message stays visible; long enough to read a sentence twice. */
const VISIBLE_MS = 6_000;

/**
 * Unobtrusive success messages ("Profile saved.") in one polite live region at the foot of the
 * window. It sits above the router so a message survives navigation (e.g. after deleting an account).
 */
export function StatusProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<{ message: string; at: number } | null>(null);
  const show = useCallback<Show>((message) => setStatus({ message, at: Date.now() }), []);

  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(null), VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [status]);

  return (
    <StatusContext value={show}>
      {children}
      <div className="toast-region" role="status" aria-atomic="true">
        {status && (
          <p className="toast" key={status.at}>
            <svg className="toast__icon" viewBox="0 0 20 20" aria-hidden="true">
              <path d="M5 10.5l3.2 3L15 6.5" fill="none" stroke="currentColor" strokeWidth="2" />
            </svg>
            {status.message}
          </p>
        )}
      </div>
    </StatusContext>
  );
}

/** Shows a short success message in the status region. */
export function useStatus(): Show {
  return useContext(StatusContext);
}
