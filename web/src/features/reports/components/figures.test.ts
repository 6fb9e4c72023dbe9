import type { Figure, FigureKey } from '@shared/reports/report.schema.ts';
import { describe, expect, it } from 'vitest';
import { changeWords, figureSections, isEmptyPeriod, previousHadAny } from './figures.ts';

const figure = (key: FigureKey, value = 0, previous = 0): Figure => ({
  key,
  label: key,
  value,
  previous,
  change: value - previous,
});

describe('figureSections', () => {
  it('groups figures by section in the page’s order, keeps their order, and leaves out empty sections', () => {
    const sections = figureSections([
      figure('learning.hours'),
      figure('goals.active'),
      figure('skills.assessments'),
      figure('content.done'),
      figure('credentials.earned'),
      figure('goals.missed'),
    ]);
    expect(sections.map((s) => [s.title, s.figures.map((f) => f.key)])).toEqual([
      ['Goals', ['goals.active', 'goals.missed']],
      ['Time and learning', ['learning.hours', 'credentials.earned']],
      ['Content', ['content.done']],
      ['Skills', ['skills.assessments']],
    ]);
  });

  it('puts mentoring with the network', () => {
    const sections = figureSections([figure('mentoring.sessions'), figure('network.due')]);
    expect(sections).toHaveLength(1);
    expect(sections[0]!.title).toBe('Network and mentoring');
  });
});

describe('changeWords', () => {
  it('gives a change its sign and a word', () => {
    expect(changeWords(3)).toEqual({ direction: 'up', sign: '+3', words: 'up 3' });
    expect(changeWords(-2.5)).toEqual({ direction: 'down', sign: '−2.5', words: 'down 2.5' });
    expect(changeWords(0)).toEqual({ direction: 'none', sign: '0', words: 'no change' });
  });

  it('rounds to one decimal unless told, and calls what rounds to nothing no change', () => {
    expect(changeWords(1234.56).sign).toBe('+1,234.6');
    expect(changeWords(0.04).words).toBe('no change');
    expect(changeWords(-0.25, 2).words).toBe('down 0.25');
  });
});

describe('isEmptyPeriod', () => {
  const empty = { figures: [figure('goals.active'), figure('learning.hours', 0, 4)], goals: [], skills: [] };

  it('is empty when every figure is 0 and no goal or skill moved, whatever came before', () => {
    expect(isEmptyPeriod(empty)).toBe(true);
    expect(previousHadAny(empty)).toBe(true);
  });

  it('is not empty with one figure above 0', () => {
    expect(isEmptyPeriod({ ...empty, figures: [figure('network.due', 1)] })).toBe(false);
    expect(previousHadAny({ figures: [figure('network.due', 1)] })).toBe(false);
  });
});
