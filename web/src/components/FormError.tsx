import { type MouseEvent, useEffect, useRef } from 'react';
import type { Issue } from '../api/errors.ts';
import './forms.css';

/** One field of a form: where its control is, and what it is called. */
export interface FieldEntry {
  /** The control's id; the error summary links to it. */
  id: string;
  /** The field's visible label. */
  label: string;
  /** How the error summary names the field when its label is a question or a sentence ("Why it matters"). */
  name?: string;
}

/**
 * A form's fields by the API's issue path (`metric.target`), in the order they appear: each field's
 * id, label and error come from its one entry (`useFormErrors(error, fields).bind(path)`).
 */
export type FieldMap = Record<string, FieldEntry>;

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
                const name = field && nameInSummary(field, issue.message);
                return (
                  <li key={`${issue.path}:${issue.message}`}>
                    {field ? (
                      <a href={`#${field.id}`} onClick={(e) => goTo(e, field.id)}>
                        {name && <>{name} </>}
                        {issue.message}
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

/**
 * The field's name at the start of its line in the summary: the API's field messages continue it
 * ("Password" + "must be at least 10 characters"). Null for a message that is a sentence of its own
 * (it starts with a capital, as a breakdown's reasons do), which stands alone.
 */
export function nameInSummary(field: FieldEntry, message: string): string | null {
  return /^\p{Lu}/u.test(message) ? null : (field.name ?? field.label);
}
