// The Goals capability's pure domain rules: no I/O, only data in and data out.
export * from './breakdown.ts';
export * from './calendar.ts';
export * from './fit.ts';
export * from './metric-progress.ts';
export * from './progress.ts';
export * from './review.ts';
export * from './rounding.ts';
export * from './series.ts';
export type * from './types.ts';
