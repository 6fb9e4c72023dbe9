import { type MouseEvent, useEffect, useRef } from 'react';
import type { Issue } from '../api/errors.ts';

/** How an issue's `path` maps to the field that shows it. */
export type FieldMap = Record<string, { id: string; label: string }>;

export interface FormErrorProps {
  message?: string | undefined;
  issues: readonly Issue[];
  fields?: FieldMap;
}

/**
 * The form-level error summary. The live region is always in the page so that screen readers
 * announce what appears in it; the summary also takes focus, and each issue links to its field.
 */
export function FormError({ message, issues, fields = {} }: FormErrorProps) {
  const summary = useRef<HTMLDivElement>(null);
  const shown = Boolean(message) || issues.length > 0;
  // List issues in the order the fields appear, not in the order the schema happened to find them.
  const order = Object.keys(fields);
  const rank = (path: string) => (order.includes(path) ? order.indexOf(path) : order.length);
  const sorted = [...issues].sort((a, b) => rank(a.path) - rank(b.path));

  // biome-ignore lint/correctness/useExhaustiveDependencies: each new set of errors (a new array) takes focus again
  useEffect(() => {
    if (shown) summary.current?.focus();
  }, [shown, message, issues]);

  function goTo(event: MouseEvent<HTMLAnchorElement>, id: string) {
    // Focus the field itself; a bare fragment link would only scroll, and would touch the router's URL.
    event.preventDefault();
    document.getElementById(id)?.focus();
  }

  return (
    <div aria-live="assertive" aria-atomic="true" className="form-error-region">
      {shown && (
        <div ref={summary} tabIndex={-1} className="form-error">
          <p className="form-error__title">{message ?? 'Some fields need attention.'}</p>
          {issues.length > 0 && (
            <ul className="form-error__list">
              {sorted.map((issue) => {
                const field = fields[issue.path];
                return (
                  <li key={`${issue.path}:${issue.message}`}>
                    {field ? (
                      <a href={`#${field.id}`} onClick={(e) => goTo(e, field.id)}>
                        {field.label} {issue.message}
                      </a>
                    ) : (
                      issue.message
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
