import { AMOUNT_MAX } from '../../../../shared/content/content.schema.ts';

/**
 * Minutes of an `itunes:duration`: seconds (`3600`, `74.5`), `mm:ss` or `hh:mm:ss` (the first part
 * may run past 59: `75:30`). Rounded to the nearest minute, and at least 1 for anything longer than
 * nothing; null for anything else (`1h 5m`, `12:75`, empty, nothing at all, or past any real episode).
 */
export function durationMinutes(raw: string | undefined): number | null {
  const text = raw?.trim() ?? '';
  if (!/^\d+(?:\.\d+)?$|^\d+(?::\d{1,2}){1,2}(?:\.\d+)?$/.test(text)) return null;
  const parts = text.split(':').map(Number);
  if (parts.slice(1).some((p) => p >= 60)) return null;
  const seconds = parts.reduce((total, part) => total * 60 + part, 0);
  if (seconds === 0) return null;
  const minutes = Math.max(1, Math.round(seconds / 60));
  return minutes <= AMOUNT_MAX ? minutes : null;
}
