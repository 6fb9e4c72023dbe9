import { ASSESSMENT_NOTE_MAX } from '@shared/mentoring/mentoring.limits.ts';
import type { Assessment, SkillRef } from '@shared/skills/skill.schema.ts';
import { type FormEvent, useState } from 'react';
import { FormActions } from '../../../components/FormActions.tsx';
import { type FieldMap, FormError } from '../../../components/FormError.tsx';
import { TextAreaField } from '../../../components/TextAreaField.tsx';
import { useFormErrors } from '../../../components/useFormErrors.ts';
import { LevelChoices } from '../../skills/components/LevelChoices.tsx';
import { MentorAssessmentBody } from '../api/schemas.ts';
import { useAssessMentee } from '../api/sharing.ts';
import './shared-view.css';

export interface MenteeAssessFormProps {
  mentorshipId: string;
  skill: SkillRef;
  menteeName: string;
  onSaved: (assessment: Assessment) => void;
  onCancel: () => void;
}

/**
 * The mentor's assessment of one of the mentee's skills: a level by its descriptor and the grounds
 * for it. It is recorded on her skill as from her mentor, with my name.
 */
export function MenteeAssessForm({
  mentorshipId,
  skill,
  menteeName,
  onSaved,
  onCancel,
}: MenteeAssessFormProps) {
  const assess = useAssessMentee(mentorshipId);
  const prefix = `assess-${skill.id}`;
  const fields: FieldMap = {
    level: { id: `${prefix}-level-0`, label: 'Level' },
    note: { id: `${prefix}-note`, label: 'What it rests on (optional)', name: 'Note' },
    skillId: { id: `${prefix}-level-0`, label: 'Skill' },
  };
  const errors = useFormErrors(assess.error, fields);
  const [level, setLevel] = useState<number | null>(null);
  const [note, setNote] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = errors.validate(MentorAssessmentBody, {
      skillId: skill.id,
      // Left undefined on purpose until chosen, so the schema says "is required" at the level.
      level: (level ?? undefined) as number,
      ...(note.trim() ? { note } : {}),
    });
    if (body) assess.mutate(body, { onSuccess: onSaved });
  }

  return (
    <form className="form assess-mentee-form" noValidate onSubmit={submit}>
      <FormError message={errors.message} issues={errors.issues} fields={fields} />
      <LevelChoices
        idPrefix={`${prefix}-level`}
        legend={`${menteeName}’s level in ${skill.name}`}
        value={level}
        onChange={setLevel}
        error={errors.field('level')}
      />
      <TextAreaField
        {...errors.bind('note')}
        hint={`What you saw them do: a project, a talk, a review (up to ${ASSESSMENT_NOTE_MAX.toLocaleString('en-US')} characters).`}
        rows={2}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <FormActions submitLabel="Save assessment" pending={assess.isPending} onCancel={onCancel} quietCancel />
    </form>
  );
}
