import { LEVELS } from '@shared/skills/levels.ts';
import { sentence } from '../../../components/text.ts';
import { levelLabel } from './labels.ts';
import './level-choices.css';

export interface LevelChoicesProps {
  /** Prefix of the radio ids: `${idPrefix}-${level}`; the error summary links to level 0. */
  idPrefix: string;
  legend: string;
  value: number | null;
  onChange: (level: number) => void;
  error?: string | undefined;
}

/**
 * The six levels as radio buttons, each named by its number and name ("3 · competent") and
 * described by what it means in practice, so the person assesses against the same words as everyone.
 */
export function LevelChoices({ idPrefix, legend, value, onChange, error }: LevelChoicesProps) {
  const errorId = `${idPrefix}-error`;
  return (
    <fieldset
      className={error ? 'radio-group level-choices field--invalid' : 'radio-group level-choices'}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="field__label">{legend}</legend>
      {error && (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">Error: </span>
          {sentence(error)}
        </p>
      )}
      <div className="level-choices__grid">
        {LEVELS.map(({ level, descriptor }) => {
          const id = `${idPrefix}-${level}`;
          return (
            <label key={level} className="level-choice" htmlFor={id}>
              <input
                type="radio"
                id={id}
                name={idPrefix}
                value={level}
                checked={value === level}
                aria-labelledby={`${id}-name`}
                aria-describedby={`${id}-descriptor`}
                onChange={() => onChange(level)}
              />
              <span className="level-choice__text">
                <span className="level-choice__name" id={`${id}-name`}>
                  {levelLabel(level)}
                </span>
                <span className="level-choice__descriptor" id={`${id}-descriptor`}>
                  {descriptor}
                </span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
