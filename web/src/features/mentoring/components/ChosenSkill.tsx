import type { SkillRef } from '@shared/skills/skill.schema.ts';
import { Button } from '../../../components/Button.tsx';
import { skillDetail } from '../../skills/components/labels.ts';
import { SkillPicker } from '../../skills/components/SkillPicker.tsx';
import './person-form.css';
import { focusWhenDrawn } from '../../../components/focusWhenDrawn.ts';

export interface ChosenSkillProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  value: SkillRef | null;
  onChange: (skill: SkillRef | null) => void;
}

/** One skill: found with the skill search, then shown as chosen with a way to choose another. */
export function ChosenSkill({ id, label, hint, error, value, onChange }: ChosenSkillProps) {
  if (!value) return <SkillPicker id={id} label={label} hint={hint} error={error} onPick={onChange} />;
  return (
    <fieldset className="field chosen-person-field">
      <legend className="field__label">{label}</legend>
      <div className="chosen-person">
        <p className="chosen-person__name">
          <strong>{value.name}</strong>
          <span className="chosen-person__detail">{skillDetail(value)}</span>
        </p>
        <Button
          variant="quiet"
          onClick={() => {
            onChange(null);
            focusWhenDrawn(id);
          }}
        >
          Choose another skill
        </Button>
      </div>
    </fieldset>
  );
}
