import { describe, expect, it } from 'vitest';
import {
  axisAngle,
  type ChartLine,
  chartPlan,
  labelAnchor,
  labelLines,
  polygonPoints,
  RADAR_MAX_AXES,
  radarPoint,
} from './radarModel.ts';

const line = (name: string, current: number, required: number): ChartLine => ({
  skillId: name.toLowerCase(),
  name,
  current,
  required,
});

describe('radarPoint', () => {
  it('places 4 axes at 90° from the top, clockwise: values 2 and 4 of 5 on a radius of 100', () => {
    // Axis 0 points up (−y in SVG), 1 right, 2 down, 3 left. 2 of 5 is 40% of the radius, 4 of 5 80%.
    expect(radarPoint(0, 4, 2, 5, 100)).toEqual([0, -40]);
    expect(radarPoint(1, 4, 4, 5, 100)).toEqual([80, 0]);
    expect(radarPoint(2, 4, 2, 5, 100)).toEqual([0, 40]);
    expect(radarPoint(3, 4, 4, 5, 100)).toEqual([-80, 0]);
  });

  it('moves the points with the centre', () => {
    expect(radarPoint(1, 4, 4, 5, 100, 150, 120)).toEqual([230, 120]);
    expect(radarPoint(0, 4, 5, 5, 100, 150, 120)).toEqual([150, 20]);
  });

  it('puts 0 at the centre and clamps values outside 0 … max', () => {
    expect(radarPoint(2, 5, 0, 5, 100, 10, 10)).toEqual([10, 10]);
    expect(radarPoint(0, 4, 7, 5, 100)).toEqual([0, -100]);
    expect(radarPoint(0, 4, -1, 5, 100)).toEqual([0, 0]);
  });

  it('spaces 3 axes 120° apart: the second at 30° below the horizontal on the right', () => {
    // cos 30° = √3/2, sin 30° = 1/2: full value on a radius of 100 is (86.60…, 50).
    const [x, y] = radarPoint(1, 3, 5, 5, 100);
    expect(x).toBeCloseTo((100 * Math.sqrt(3)) / 2, 9);
    expect(y).toBeCloseTo(50, 9);
    expect(axisAngle(1, 3)).toBeCloseTo(Math.PI / 6, 12);
  });
});

describe('polygonPoints', () => {
  it('writes one x,y pair per axis, in axis order', () => {
    expect(polygonPoints([2, 4, 2, 4], 5, 100)).toBe('0,-40 80,0 0,40 -80,0');
    expect(polygonPoints([5, 5, 5, 5], 5, 100, 200, 200)).toBe('200,100 300,200 200,300 100,200');
  });

  it('rounds to two decimals', () => {
    // Axis 1 of 3 at 5 of 5: (86.6025…, 50) → "86.6,50".
    expect(polygonPoints([5, 5, 5], 5, 100)).toBe('0,-100 86.6,50 -86.6,50');
  });
});

describe('labelAnchor', () => {
  it('centres labels above and below the centre, and sets the others off to their side', () => {
    expect([0, 1, 2, 3].map((i) => labelAnchor(i, 4))).toEqual(['middle', 'start', 'middle', 'end']);
    expect([0, 1, 2].map((i) => labelAnchor(i, 3))).toEqual(['middle', 'start', 'end']);
  });
});

describe('labelLines', () => {
  it('keeps a short name on one line', () => {
    expect(labelLines('TypeScript')).toEqual(['TypeScript']);
  });

  it('breaks a long name at a space, and cuts what would take a third line', () => {
    expect(labelLines('Stakeholder Management')).toEqual(['Stakeholder', 'Management']);
    expect(labelLines('Continuous Integration and Delivery Pipelines')).toEqual([
      'Continuous',
      'Integration and…',
    ]);
    expect(labelLines('Supercalifragilisticexpialidocious')).toEqual(['Supercalifragil…']);
  });
});

describe('chartPlan', () => {
  it('draws nothing without requirements, bars for one or two, a radar from three', () => {
    expect(chartPlan([]).kind).toBe('none');
    expect(chartPlan([line('Go', 1, 3)]).kind).toBe('bars');
    expect(chartPlan([line('Go', 1, 3), line('SQL', 2, 3)]).kind).toBe('bars');
    expect(chartPlan([line('Go', 1, 3), line('SQL', 2, 3), line('Git', 3, 3)])).toMatchObject({
      kind: 'radar',
      hidden: 0,
    });
  });

  it('draws bars on a narrow width past six lines, where a radar’s labels would crowd', () => {
    const lines = Array.from({ length: 7 }, (_, i) => line(`Skill ${i}`, 1, 3));
    expect(chartPlan(lines.slice(0, 6), { narrow: true }).kind).toBe('radar');
    expect(chartPlan(lines, { narrow: true })).toMatchObject({ kind: 'bars', hidden: 0 });
    expect(chartPlan(lines).kind).toBe('radar');
  });

  it('keeps the first (highest-priority) axes of a long list, and counts the rest', () => {
    const lines = Array.from({ length: 20 }, (_, i) => line(`Skill ${i}`, 0, 3));
    const plan = chartPlan(lines);
    expect(plan.shown).toHaveLength(RADAR_MAX_AXES);
    expect(plan.shown[0]!.name).toBe('Skill 0');
    expect(plan.hidden).toBe(20 - RADAR_MAX_AXES);
    expect(chartPlan(lines, { narrow: true })).toMatchObject({ kind: 'bars', hidden: 20 - RADAR_MAX_AXES });
  });
});
