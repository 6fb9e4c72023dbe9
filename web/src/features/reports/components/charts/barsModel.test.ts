import { describe, expect, it } from 'vitest';
import { bands, barHeight, barScale, barX, labelStep } from './barsModel.ts';

describe('bands', () => {
  it('gives each bucket an equal band and centres its bars in it', () => {
    // 4 bands over 400 px: 100 each. Two bars fill 80% of a band: 40 px each, 10 px either side.
    const layout = bands(4, 2, 400, 0.2, 100);
    expect(layout).toEqual({ step: 100, barWidth: 40, offset: 10 });
    // The second bar of the second band: 100 + 10 + 40.
    expect(barX(layout, 1, 1)).toBe(150);
  });

  it('keeps bars from growing past the widest bar', () => {
    // 40 px bars are held to 28: two take 56 of 100, leaving (100 − 56) / 2 = 22 either side.
    const layout = bands(4, 2, 400, 0.2);
    expect(layout).toEqual({ step: 100, barWidth: 28, offset: 22 });
    expect(barX(layout, 2, 0)).toBe(222);
    // One bar in 300 px: 28 wide, (300 − 28) / 2 = 136 from the edge.
    expect(bands(1, 1, 300)).toEqual({ step: 300, barWidth: 28, offset: 136 });
  });
});

describe('labelStep', () => {
  it('labels every k-th band so the labels fit', () => {
    // Room for 5.5 labels: 5; 13 weeks / 5 → every 3rd (5 labels: weeks 1, 4, 7, 10, 13).
    expect(labelStep(13, 5.5)).toBe(3);
    expect(labelStep(7, 10)).toBe(1);
    // No room at all still labels one band in n.
    expect(labelStep(120, 0.4)).toBe(120);
  });
});

describe('barScale', () => {
  it('runs from 0 to a round value, in whole steps for counts', () => {
    // 0…3 in about 4: 0.75 a tick; the only whole round step ≥ 0.75 is 1.
    expect(barScale([0, 3, 1])).toEqual({ ticks: [0, 1, 2, 3], hi: 3 });
    // 0…7.25: 1.81 a tick, so 2, up to ⌈7.25 / 2⌉ × 2 = 8.
    expect(barScale([2.5, 7.25])).toEqual({ ticks: [0, 2, 4, 6, 8], hi: 8 });
  });

  it('draws an axis of 0 to 1 when there is nothing', () => {
    expect(barScale([0, 0])).toEqual({ ticks: [0, 1], hi: 1 });
  });
});

describe('barHeight', () => {
  it('is the value’s share of the scale, never below the axis', () => {
    expect(barHeight(3, 4, 200)).toBe(150);
    expect(barHeight(-1, 4, 200)).toBe(0);
    expect(barHeight(1, 0, 200)).toBe(0);
  });
});
