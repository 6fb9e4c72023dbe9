import { describe, expect, it } from 'vitest';
import {
  importanceLabel,
  LEVEL_OPTIONS,
  levelLabel,
  readinessPercent,
  skillDetail,
  viewsText,
} from './labels.ts';

describe('levelLabel', () => {
  it('writes a level by its number and name', () => {
    expect(levelLabel(3)).toBe('3 · competent');
    expect(levelLabel(0)).toBe('0 · none');
    expect(LEVEL_OPTIONS.map(([value]) => value)).toEqual(['0', '1', '2', '3', '4', '5']);
    expect(LEVEL_OPTIONS[5]).toEqual(['5', '5 · expert']);
  });

  it('writes an importance by its number and word', () => {
    expect(importanceLabel(4)).toBe('4 · very important');
    expect(importanceLabel(1)).toBe('1 · nice to have');
  });
});

describe('readinessPercent', () => {
  it('rounds the share to a whole percentage', () => {
    // Σ importance·min(current, required) / Σ importance·required for TypeScript 3 of 4 and React
    // 0 of 3, both of importance 4: (4·3 + 4·0) / (4·4 + 4·3) = 12 / 28 = 0.4285… → 43%.
    expect(readinessPercent(12 / 28)).toBe('43%');
    expect(readinessPercent(0)).toBe('0%');
    expect(readinessPercent(1)).toBe('100%');
    expect(readinessPercent(0.125)).toBe('13%');
  });

  it('never says 100% before every requirement is met, nor 0% once one counts', () => {
    expect(readinessPercent(0.996)).toBe('99%');
    expect(readinessPercent(0.003)).toBe('1%');
  });

  it('keeps a share outside 0 … 1 inside it', () => {
    expect(readinessPercent(1.2)).toBe('100%');
    expect(readinessPercent(-0.1)).toBe('0%');
    expect(readinessPercent(Number.NaN)).toBe('0%');
  });
});

describe('skillDetail and viewsText', () => {
  it('says what a skill is', () => {
    expect(skillDetail({ kind: 'hard', category: 'Data' })).toBe('Hard skill · Data');
    expect(skillDetail({ kind: 'soft', category: null })).toBe('Soft skill');
  });

  it('lists others’ views in a fixed order, leaving out those not given', () => {
    expect(viewsText({ mentor: null, manager: null, peer: null })).toBeNull();
    expect(viewsText({ mentor: 2, manager: null, peer: 3 })).toBe('Mentor: 2 · novice; peer: 3 · competent');
  });
});
