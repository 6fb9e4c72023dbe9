import type { Assessment, SkillRef } from '@shared/skills/skill.schema.ts';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/Button.tsx';
import { FormActions } from '../../../components/FormActions.tsx';
import { type FieldMap, FormError } from '../../../components/FormError.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { TextAreaField } from '../../../components/TextAreaField.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { useFormErrors } from '../../../components/useFormErrors.ts';
import { assessmentFormBody } from '../api/schemas.ts';
import { useCreateAssessment, useMySkills } from '../api/skills.ts';
import { LevelChoices } from './LevelChoices.tsx';
import { type AssessmentSource, levelLabel, skillDetail, viewsText } from './labels.ts';
import { SkillPicker } from './SkillPicker.tsx';
import './assess-form.css';
import { focusWhenDrawn } from '../../../components/focusWhenDrawn.ts';

export const assessFields: FieldMap = {
  skillId: { id: 'assess-skill', label: 'Skill' },
  level: { id: 'assess-level-0', label: 'Level' },
  source: { id: 'assess-source', label: 'Who gave this level?', name: 'Who gave it' },
  assessor: { id: 'assess-assessor', label: 'Their name (optional)', name: 'Their name' },
  date: { id: 'assess-date', label: 'Date (optional)', name: 'Date' },
  note: { id: 'assess-note', label: 'Note (optional)', name: 'Note' },
};

const SOURCES: readonly (readonly [AssessmentSource, string])[] = [
  ['self', 'Me: a self-assessment'],
  ['mentor', 'A mentor'],
  ['manager', 'A manager'],
  ['peer', 'A peer'],
];

export interface AssessFormProps {
  /** The skill to assess, when the page was opened for one. */
  initialSkill: SkillRef | null;
  today: string;
  onSaved: (assessment: Assessment, skill: SkillRef) => void;
  onCancel: () => void;
}

/**
 * Assess a skill: find it (or add one's own), choose a level by its descriptor, say who gave it,
 * when, and on what grounds. Errors show beside their fields and in a summary above.
 */
export function AssessForm({ initialSkill, today, onSaved, onCancel }: AssessFormProps) {
  const create = useCreateAssessment();
  const errors = useFormErrors(create.error, assessFields);
  const mine = useMySkills();
  const [skill, setSkill] = useState<SkillRef | null>(initialSkill);
  const [level, setLevel] = useState<number | null>(null);
  const [source, setSource] = useState<AssessmentSource>('self');
  const [assessor, setAssessor] = useState('');
  const [date, setDate] = useState('');
  const [note, setNote] = useState('');
  const standing = skill ? mine.data?.find((m) => m.skill.id === skill.id) : undefined;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const checked = errors.validate(assessmentFormBody(today), {
      skillId: skill?.id as string,
      level: (level ?? undefined) as number,
      source,
      ...(source !== 'self' && assessor.trim() ? { assessor } : {}),
      ...(date ? { date } : {}),
      ...(note.trim() ? { note } : {}),
    });
    if (!checked || !skill) return;
    const { skillId, ...body } = checked;
    create.mutate({ skillId, body }, { onSuccess: (assessment) => onSaved(assessment, skill) });
  }

  function changeSkill() {
    setSkill(null);
    // The search box replaces the chosen skill: the person continues there.
    focusWhenDrawn(assessFields.skillId!.id);
  }

  return (
    <form className="form assess-form" noValidate onSubmit={onSubmit}>
      <FormError message={errors.message} issues={errors.issues} fields={assessFields} />
      {skill ? (
        <fieldset className="field chosen-skill-field">
          <legend className="field__label">Skill</legend>
          <div className="chosen-skill">
            <p className="chosen-skill__name">
              <strong>{skill.name}</strong>
              <span className="chosen-skill__detail">{skillDetail(skill)}</span>
            </p>
            {standing && (
              <p className="chosen-skill__standing">
                {standing.current === null
                  ? 'You have not assessed yourself yet.'
                  : `Your level now: ${levelLabel(standing.current)}.`}
                {viewsText(standing.views) && ` ${viewsText(standing.views)}.`}
              </p>
            )}
            <Button variant="quiet" onClick={changeSkill}>
              Choose another skill
            </Button>
          </div>
        </fieldset>
      ) : (
        <SkillPicker
          {...errors.bind('skillId')}
          hint="Search the catalogue by name or alias; add a skill of your own when nothing fits."
          onPick={setSkill}
        />
      )}
      <LevelChoices
        idPrefix="assess-level"
        legend="Level"
        value={level}
        onChange={setLevel}
        error={errors.field('level')}
      />
      <div className="form-row">
        <SelectField
          {...errors.bind('source')}
          hint="Only your own assessments set your level; the views of others are shown beside it."
          value={source}
          onChange={(e) => setSource(e.target.value as AssessmentSource)}
          options={SOURCES}
        />
        {source !== 'self' && (
          <TextField
            {...errors.bind('assessor')}
            label={`Your ${source}’s name (optional)`}
            autoComplete="off"
            value={assessor}
            onChange={(e) => setAssessor(e.target.value)}
          />
        )}
      </div>
      <TextField
        {...errors.bind('date')}
        type="date"
        max={today}
        hint="When the level was given. Leave empty for today."
        value={date}
        onChange={(e) => setDate(e.target.value)}
      />
      <TextAreaField
        {...errors.bind('note')}
        hint="What it rests on: a project, feedback, a course."
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <FormActions submitLabel="Save assessment" pending={create.isPending} onCancel={onCancel} />
    </form>
  );
}
