// Skill levels 0–5, with the names and descriptors shown wherever a level is chosen or shown, and
// importance 1–5. Plain data, without zod, so any page can show them.

export const LEVEL_MIN = 0;
export const LEVEL_MAX = 5;
export const IMPORTANCE_MIN = 1;
export const IMPORTANCE_MAX = 5;

export interface LevelInfo {
  level: number;
  name: string;
  descriptor: string;
}

/** Each level, from none to expert, with what it means in practice. */
export const LEVELS: readonly LevelInfo[] = [
  { level: 0, name: 'none', descriptor: 'No experience yet.' },
  { level: 1, name: 'awareness', descriptor: 'Knows what it is and when it is used.' },
  { level: 2, name: 'novice', descriptor: 'Can do simple tasks with help.' },
  { level: 3, name: 'competent', descriptor: 'Does the usual work on their own.' },
  { level: 4, name: 'proficient', descriptor: 'Handles hard cases and teaches others.' },
  { level: 5, name: 'expert', descriptor: 'Shapes how the field does it.' },
];

/** The level's name, "competent"; the nearest level's for a number outside 0–5. */
export const levelName = (level: number): string =>
  LEVELS[Math.min(LEVEL_MAX, Math.max(LEVEL_MIN, Math.round(level)))]!.name;

/** The importance's word, 1 "nice to have" … 5 "essential". */
export const IMPORTANCE_NAMES: Readonly<Record<number, string>> = {
  1: 'nice to have',
  2: 'useful',
  3: 'important',
  4: 'very important',
  5: 'essential',
};
