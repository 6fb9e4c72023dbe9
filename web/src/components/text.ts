/** "must be an e-mail address" → "Must be an e-mail address." — API messages read as sentences on their own. */
export function sentence(message: string): string {
  const s = message.trim();
  if (!s) return s;
  const capitalised = s[0]!.toUpperCase() + s.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

/** A date and time in the person's own time zone, e.g. "12 Mar 2025, 14:05". */
export function formatDateTime(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
      date,
    );
  } catch {
    // An unknown zone must not break the page; fall back to the browser's own.
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  }
}
