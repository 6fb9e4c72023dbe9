// Time spent as people type it and read it: "90", "1h 30m", "1:30" in; "1 h 30 min" out.

const HOURS = String.raw`(\d+(?:[.,]\d+)?)\s*(?:h|hr|hrs|hour|hours)`;
const MINUTES = String.raw`(\d+)\s*(?:m|min|mins|minute|minutes)`;
const SPELLED = new RegExp(`^(?:${HOURS})?\\s*(?:${MINUTES})?$`, 'i');

/**
 * Minutes from what a person typed: "90" (minutes), "1:30" (hours and minutes), "1h 30m", "2 hours",
 * "45 min", "1.5h". Null when it reads as none of these, or as a part of a minute ("0.01h"); the
 * bounds (1 to 1,440) are the schema's to check, so that its message says them.
 */
export function parseDuration(text: string): number | null {
  const typed = text.trim();
  if (/^\d+$/.test(typed)) return Number(typed);
  const clock = /^(\d+):([0-5]\d)$/.exec(typed);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const spelled = SPELLED.exec(typed);
  if (!spelled || (spelled[1] === undefined && spelled[2] === undefined)) return null;
  const hours = spelled[1] === undefined ? 0 : Number(spelled[1].replace(',', '.'));
  const minutes = hours * 60 + (spelled[2] === undefined ? 0 : Number(spelled[2]));
  // 1.5 h is 90 minutes; 1.01 h is 60.6, which is no whole number of minutes.
  const whole = Math.round(minutes);
  return Math.abs(minutes - whole) < 1e-9 ? whole : null;
}

/** Minutes as people read them: "45 min", "1 h", "1 h 30 min", "26 h 5 min". */
export function formatMinutes(minutes: number): string {
  const total = Math.max(0, Math.round(minutes));
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** The same, for screen readers and sentences: "1 hour 30 minutes", "45 minutes". */
export function spokenMinutes(minutes: number): string {
  const total = Math.max(0, Math.round(minutes));
  const h = Math.floor(total / 60);
  const m = total % 60;
  const hours = h === 0 ? '' : `${h} ${h === 1 ? 'hour' : 'hours'}`;
  const mins = m === 0 && h > 0 ? '' : `${m} ${m === 1 ? 'minute' : 'minutes'}`;
  return [hours, mins].filter(Boolean).join(' ');
}
