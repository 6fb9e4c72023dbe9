// What a chaos test found, printed as one line so a run can be read at a glance:
//   [chaos] postgres · 10 parallel breakdowns × 30 rounds: 30 made slices, 270 refused (409), 0 broke a rule
export function report(dialect: string, what: string, counts: Record<string, number>): void {
  const parts = Object.entries(counts).map(([label, n]) => `${n.toLocaleString('en-US')} ${label}`);
  console.log(`[chaos] ${dialect} · ${what}: ${parts.join(', ')}`);
}

/** Tallies answers by status: `{ '201': 1, '409': 9 }`. */
export function byStatus(statuses: readonly number[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const status of statuses) counts[String(status)] = (counts[String(status)] ?? 0) + 1;
  return counts;
}
