/**
 * Ids a query binds at once in `where … in (…)`: far below SQLite's 32,766 bound values and
 * PostgreSQL's 65,535, however many rows a list answers.
 */
export const IN_BATCH = 500;

/** `items` in consecutive slices of at most `size`. */
export function batches<T>(items: readonly T[], size = IN_BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
