import { describe, expect, it } from 'vitest';
import { radarPoint } from '../../../skills/components/chart/radarModel.ts';
import { type SeriesSkill, skillLines, skillsText } from './skillLines.ts';

const skill = (name: string, from: number | null, to: number | null): SeriesSkill => ({
  skill: { id: name.toLowerCase(), name, kind: 'hard', category: null },
  from,
  to,
});

describe('skillLines', () => {
  it('draws the start as the radar’s dashed shape and now as its filled one, not assessed at 0', () => {
    expect(skillLines([skill('Go', 2, 3), skill('Rust', null, 2)])).toEqual([
      { skillId: 'go', name: 'Go', required: 2, current: 3 },
      { skillId: 'rust', name: 'Rust', required: 0, current: 2 },
    ]);
  });

  it('places a level on the radar by its share of the scale', () => {
    // The first axis points straight up (90°): level 3 of 5 on a radius of 100 is 60 above the centre.
    expect(radarPoint(0, 4, 3, 5, 100)).toEqual([0, -60]);
  });
});

describe('skillsText', () => {
  it('says which skills rose and fell, with their levels, and how many stayed', () => {
    expect(
      skillsText([skill('Go', 2, 3), skill('SQL', 1, 1), skill('Rust', null, 2), skill('Java', 3, 2)]),
    ).toBe(
      '4 skills you assessed, on a scale of 0 to 5, at the start and the end of the period. ' +
        'Rose: Go 2 → 3; Rust new at 2. Fell: Java 3 → 2. 1 unchanged.',
    );
  });

  it('says when none moved, and when there are none', () => {
    expect(skillsText([skill('SQL', 1, 1)])).toBe(
      '1 skill you assessed, on a scale of 0 to 5, at the start and the end of the period. None moved.',
    );
    expect(skillsText([])).toBe('No skills assessed yet.');
  });
});
