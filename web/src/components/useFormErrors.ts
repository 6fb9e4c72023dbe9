import { useMemo, useState } from 'react';
import type { z } from 'zod';
import { check, type Issue, issuesOf, messageOf } from '../api/errors.ts';
import type { FieldMap } from './FormError.tsx';

/**
 * Errors of one form: those found in the browser with the API's own schema before sending, else
 * those the server answered with. `validate` returns the parsed body, or undefined after showing issues.
 */
export function useFormErrors(serverError: unknown, fields: FieldMap = {}) {
  const [local, setLocal] = useState<Issue[]>([]);
  const serverIssues = useMemo(() => issuesOf(serverError), [serverError]);
  const issues = local.length > 0 ? local : serverIssues;
  const message = local.length > 0 ? undefined : messageOf(serverError);

  function validate<S extends z.ZodType>(schema: S, values: z.input<S>): z.output<S> | undefined {
    const result = check(schema, values);
    setLocal(result.ok ? [] : result.issues);
    return result.ok ? result.data : undefined;
  }

  const field = (path: string) => issues.find((i) => i.path === path)?.message;

  return {
    issues,
    message,
    /** The message for one field, for its `error` prop. */
    field,
    /** A field's id, label (both from its entry in the form's FieldMap) and error, to spread on its field component. */
    bind: (path: string) => ({
      id: fields[path]?.id ?? path,
      label: fields[path]?.label ?? path,
      error: field(path),
    }),
    validate,
    clear: () => setLocal([]),
  };
}

/** One form's errors, as `useFormErrors` answers them; field groups (MetricFields …) take it whole. */
export type FormErrors = ReturnType<typeof useFormErrors>;
