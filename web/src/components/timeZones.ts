/** The browser's own IANA time zone, if it reports a usable one. */
export function browserTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

export interface TimeZoneGroup {
  /** "Europe", "America" … or "Other" for zones without a region. */
  region: string;
  zones: { id: string; label: string }[];
}

let cache: TimeZoneGroup[] | undefined;

/** Every zone the browser knows, plus UTC, grouped by region with a readable label and UTC offset. */
export function timeZoneGroups(): TimeZoneGroup[] {
  if (cache) return cache;
  const ids = new Set(['UTC', ...Intl.supportedValuesOf('timeZone')]);
  const byRegion = new Map<string, TimeZoneGroup['zones']>();
  for (const id of ids) {
    const slash = id.indexOf('/');
    const region = slash > 0 ? id.slice(0, slash) : 'Other';
    const place = (slash > 0 ? id.slice(slash + 1) : id).replaceAll('_', ' ').replaceAll('/', ' / ');
    const zones = byRegion.get(region) ?? [];
    zones.push({ id, label: `${place} (${offsetOf(id)})` });
    byRegion.set(region, zones);
  }
  cache = [...byRegion]
    .sort(([a], [b]) => (a === 'Other' ? -1 : b === 'Other' ? 1 : a.localeCompare(b)))
    .map(([region, zones]) => ({ region, zones: zones.sort((x, y) => x.label.localeCompare(y.label)) }));
  return cache;
}

/** True when the zone is offered by `timeZoneGroups` (a stored alias such as Asia/Calcutta may not be). */
export function isListedTimeZone(id: string): boolean {
  return timeZoneGroups().some((g) => g.zones.some((z) => z.id === id));
}

function offsetOf(timeZone: string): string {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(new Date())
      .find((p) => p.type === 'timeZoneName');
    // "GMT+05:30" → "UTC+05:30"; plain "GMT" → "UTC".
    return (part?.value ?? 'GMT').replace('GMT', 'UTC');
  } catch {
    return 'UTC';
  }
}
