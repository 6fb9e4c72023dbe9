import { describe, expect, it } from 'vitest';
import { aMetric } from '../../goal.factory.ts';
import { bandedProjection, projectionText } from './projection.ts';

describe('bandedProjection', () => {
  it('holds a runaway sum to ten times the distance from the baseline to the target', () => {
    // 12 books from 0: the band reaches 10 · 12 = 120 books either way of 0, so 367 shows as 120.
    const books = aMetric(0, 12, 'sum', 'books');
    expect(bandedProjection(books, 367)).toEqual({ value: 120, beyond: 'above' });
    expect(projectionText(books, 367)).toBe('more than 120 books');
  });

  it('holds a level coming down, on the other side of the baseline too', () => {
    // 90 → 80 kg: a distance of 10, so the band is 90 − 100 = −10 … 90 + 100 = 190; −338 lies below it.
    const weight = aMetric(90, 80, 'last', 'kg');
    expect(bandedProjection(weight, -338)).toEqual({ value: -10, beyond: 'below' });
    expect(projectionText(weight, -338)).toBe('less than -10 kg');
    // 250 kg lies above 190.
    expect(projectionText(weight, 250)).toBe('more than 190 kg');
  });

  it('shows a projection inside the band, or on its edge, as it is', () => {
    // 0 → 200 h: the band is −2,000 … 2,000; 366 and exactly 2,000 are inside.
    const hours = aMetric(0, 200);
    expect(bandedProjection(hours, 366)).toEqual({ value: 366, beyond: null });
    expect(projectionText(hours, 2000)).toBe('2,000 h');
    // 14.25 rounds half away from zero to one decimal: 14.3; one book is singular.
    expect(projectionText(aMetric(0, 12, 'sum', 'books'), 14.25)).toBe('14.3 books');
    expect(projectionText(aMetric(0, 12, 'sum', 'books'), 1)).toBe('1 book');
  });
});
