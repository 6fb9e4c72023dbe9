// Timing and reporting for `npm run bench`: every figure is a ratio against a baseline measured in
// the same run, or an absolute figure printed beside the target it is held to.
import { performance } from 'node:perf_hooks';

export interface Timing {
  label: string;
  perRun: number;
}

/** Milliseconds per call of `fn`, after a warm-up, over `runs` calls. */
export async function timeIt(
  label: string,
  runs: number,
  fn: () => Promise<unknown> | unknown,
): Promise<Timing> {
  for (let i = 0; i < Math.min(10, runs); i++) await fn();
  const start = performance.now();
  for (let i = 0; i < runs; i++) await fn();
  return { label, perRun: (performance.now() - start) / runs };
}

/** Milliseconds per `read`, each run just after `change` (not timed) made the reads compute afresh. */
export async function timeAfterChange(
  label: string,
  runs: number,
  change: () => Promise<unknown>,
  read: () => Promise<unknown>,
): Promise<Timing> {
  let total = 0;
  for (let i = 0; i < runs + 2; i++) {
    await change();
    const start = performance.now();
    await read();
    if (i >= 2) total += performance.now() - start; // two runs of warm-up
  }
  return { label, perRun: total / runs };
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const verdict = (met: boolean) => (met ? 'met' : 'MISSED');

export function section(title: string): void {
  console.log(`\n${title}`);
}

export function baseline(t: Timing): void {
  console.log(`  baseline  ${t.label}: ${ms(t.perRun)} ms`);
}

/** A case as a ratio of the baseline; with `atMost`, the target it must stay within. */
export function ratio(base: Timing, t: Timing, atMost?: number): void {
  const r = t.perRun / base.perRun;
  const target = atMost === undefined ? '' : `   target ≤ ${atMost}×: ${verdict(r <= atMost)}`;
  console.log(`  ${r.toFixed(1).padStart(7)}×  ${t.label} (${ms(t.perRun)} ms)${target}`);
}

/** A throughput as a share of the baseline's; with `atLeast`, the share it must reach. */
export function share(base: number, label: string, perSecond: number, atLeast?: number): void {
  const s = perSecond / base;
  const target =
    atLeast === undefined ? '' : `   target ≥ ${Math.round(atLeast * 100)}%: ${verdict(s >= atLeast)}`;
  console.log(
    `  ${`${(s * 100).toFixed(0)}%`.padStart(8)}  ${label} (${perSecond.toFixed(0)} req/s)${target}`,
  );
}

/** An absolute figure and its limit. */
export function figure(label: string, value: number, unit: string, atMost: number): void {
  console.log(`  ${label}: ${ms(value)} ${unit}   target < ${atMost} ${unit}: ${verdict(value < atMost)}`);
}
