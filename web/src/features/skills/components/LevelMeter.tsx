import { LEVEL_MAX } from '@shared/skills/levels.ts';
import { clampLevel, levelLabel } from './labels.ts';
import './level-meter.css';

/** One pip per level above none: 1 … 5. */
const PIPS = Array.from({ length: LEVEL_MAX }, (_, i) => i + 1);

/**
 * A level as its words ("3 · competent") after five pips, as many filled as the level. The pips
 * only repeat the words, so they are hidden from assistive technology.
 */
export function LevelMeter({ level }: { level: number }) {
  const filled = clampLevel(level);
  return (
    <span className="level-meter">
      <span className="level-meter__pips" aria-hidden="true">
        {PIPS.map((pip) => (
          <span
            key={pip}
            className={pip <= filled ? 'level-meter__pip level-meter__pip--on' : 'level-meter__pip'}
          />
        ))}
      </span>
      <span className="level-meter__text">{levelLabel(level)}</span>
    </span>
  );
}
