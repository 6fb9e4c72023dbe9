// The Goals capability's pure domain rules: no I/O, only data in and data out.

export * from '../../../shared/calendar.ts';
export * from '../../../shared/numbers.ts';
export * from './breakdown.ts';
export * from './chart.ts';
export * from './fit.ts';
export * from './metric-progress.ts';
export * from './progress.ts';
export * from './review.ts';
export * from './series.ts';
export type * from './types.ts';
