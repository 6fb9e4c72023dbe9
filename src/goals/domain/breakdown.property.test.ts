import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, periodStart } from '../../../shared/calendar.ts';
import { clean } from '../../../shared/numbers.ts';
import { BreakdownError, periodLabel, planBreakdown } from './breakdown.ts';
import { aDate, aMetric } from './goal.arbitraries.ts';
import type { CalendarPeriod, Metric, SlicePlan } from './types.ts';

const aPeriod = fc.constantFrom<CalendarPeriod>('half', 'quarter', 'month');
const aPlan = fc.record({
  startDate: aDate,
  length: fc.integer({ min: 0, max: 900 }),
  metric: fc.option(aMetric),
  period: aPeriod,
});

/** The slices, or null when rounding made the period too short (the only error a dated goal can get). */
function slicesOf(startDate: string, length: number, metric: Metric | null, period: CalendarPeriod) {
  const goal = { title: 'Goal', startDate, dueDate: addDays(startDate, length), metric };
  try {
    return planBreakdown(goal, period);
  } catch (error) {
    expect(error).toBeInstanceOf(BreakdownError);
    expect((error as BreakdownError).field).toBe('period');
    return null;
  }
}

const metricsOf = (slices: SlicePlan[]) => slices.map((slice) => slice.metric).filter((m) => m !== null);

describe('planBreakdown properties', () => {
  it('tiles the goal’s dates with one slice per calendar period', () => {
    fc.assert(
      fc.property(aPlan, ({ startDate, length, period }) => {
        const slices = slicesOf(startDate, length, null, period) ?? [];
        expect(slices[0]?.startDate).toBe(startDate);
        expect(slices.at(-1)?.dueDate).toBe(addDays(startDate, length));
        slices.forEach((slice, i) => {
          expect(periodStart(slice.startDate, period)).toBe(periodStart(slice.dueDate, period));
          expect(slice.title).toBe(`Goal — ${periodLabel(period, slice.startDate)}`);
          const next = slices[i + 1];
          if (next) expect(next.startDate).toBe(addDays(slice.dueDate, 1));
        });
      }),
    );
  });

  it('makes sum slices that add up to target − baseline exactly, each moving toward the target', () => {
    fc.assert(
      fc.property(aPlan, ({ startDate, length, metric, period }) => {
        fc.pre(metric?.aggregation === 'sum');
        const slices = metric && slicesOf(startDate, length, metric, period);
        if (!metric || !slices) return;
        const parts = metricsOf(slices);
        // Added as decimals, as a person would: binary float sums drift at large magnitudes.
        const total = parts.reduce((sum, part) => clean(sum + part.target), 0);
        expect(total).toBe(clean(metric.target - metric.baseline));
        for (const part of parts) {
          expect(part.baseline).toBe(0);
          expect(Math.sign(part.target)).toBe(Math.sign(metric.target - metric.baseline));
          expect(part).toMatchObject({ unit: metric.unit, aggregation: 'sum' });
        }
      }),
    );
  });

  it('chains last slices from the parent’s baseline to its target, each moving toward it', () => {
    fc.assert(
      fc.property(aPlan, ({ startDate, length, metric, period }) => {
        fc.pre(metric?.aggregation === 'last');
        const slices = metric && slicesOf(startDate, length, metric, period);
        if (!metric || !slices) return;
        const parts = metricsOf(slices);
        expect(parts[0]?.baseline).toBe(metric.baseline);
        expect(parts.at(-1)?.target).toBe(metric.target);
        parts.forEach((part, i) => {
          const direction = Math.sign(metric.target - metric.baseline);
          expect(Math.sign(part.target - part.baseline)).toBe(direction);
          const next = parts[i + 1];
          if (next) expect(next.baseline).toBe(part.target);
        });
      }),
    );
  });
});
