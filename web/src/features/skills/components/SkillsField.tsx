import type { SkillRef } from '@shared/skills/skill.schema.ts';
import { useRef } from 'react';
import { SkillPicker } from './SkillPicker.tsx';
import './skills-field.css';

export interface SkillsFieldProps {
  /** The search box's id: the error summary links to it. */
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  value: readonly SkillRef[];
  onChange: (skills: SkillRef[]) => void;
}

/**
 * Several skills for one entry (a course, a practice session, an article): the chosen ones as a list
 * with a remove button each, and the skill search below them to add another. Removing one moves
 * focus to the search box, so the keyboard never lands on nothing.
 */
export function SkillsField({ id, label, hint, error, value, onChange }: SkillsFieldProps) {
  const box = useRef<HTMLInputElement>(null);
  const chosen = new Set(value.map((s) => s.id));

  function remove(skill: SkillRef) {
    onChange(value.filter((s) => s.id !== skill.id));
    box.current?.focus();
  }

  return (
    <div className="skills-field">
      {value.length > 0 && (
        <ul className="skills-field__chosen" aria-label={`${label}: chosen`}>
          {value.map((skill) => (
            <li key={skill.id} className="skills-field__chip">
              <span>{skill.name}</span>
              <button
                type="button"
                className="skills-field__remove"
                aria-label={`Remove ${skill.name}`}
                onClick={() => remove(skill)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <SkillPicker
        id={id}
        label={label}
        hint={hint}
        error={error}
        exclude={chosen}
        clearOnPick
        inputRef={box}
        onPick={(skill) => onChange([...value, skill])}
      />
    </div>
  );
}
