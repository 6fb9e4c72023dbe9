import { SESSION_CADENCE_MAX } from '@shared/mentoring/mentoring.limits.ts';
import type { Mentorship, MentorshipRole } from '@shared/mentoring/mentorship.schema.ts';
import { type FormEvent, useState } from 'react';
import { CheckField } from '../../../components/CheckField.tsx';
import { FormActions } from '../../../components/FormActions.tsx';
import { FormError } from '../../../components/FormError.tsx';
import { TextAreaField } from '../../../components/TextAreaField.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { useFormErrors } from '../../../components/useFormErrors.ts';
import { useGoals } from '../../goals/api/goals.ts';
import { SkillsField } from '../../skills/components/SkillsField.tsx';
import { useCreateMentorship, useUpdateMentorship } from '../api/mentorships.ts';
import { CreateMentorshipBody, UpdateMentorshipBody } from '../api/schemas.ts';
import { FocusGoalsField } from './FocusGoalsField.tsx';
import {
  type MentorshipFormValues,
  mentorshipChange,
  mentorshipFields,
  mentorshipInput,
} from './mentorshipFormValues.ts';
import { otherName } from './mentorshipText.ts';
import { PersonField } from './PersonField.tsx';
import './person-form.css';

export interface MentorshipFormProps {
  initial: MentorshipFormValues;
  /** The mentorship being changed; absent when inviting. */
  mentorship?: Mentorship | undefined;
  onSaved: (mentorship: Mentorship) => void;
  onCancel: () => void;
}

const ROLES: readonly (readonly [MentorshipRole, string, string])[] = [
  ['mentee', 'The mentee', 'I want them as my mentor.'],
  ['mentor', 'The mentor', 'I will mentor them.'],
];

/**
 * Invite someone to a mentorship (or keep one with a contact), or change one: my role and who (new
 * ones only), the focus, focus skills and goals, the cadence, and whether my skills are shared.
 * The focus goals and the sharing of skills are the mentee's; a mentor changes focus and cadence only.
 */
export function MentorshipForm({ initial, mentorship, onSaved, onCancel }: MentorshipFormProps) {
  const [values, setValues] = useState(initial);
  const create = useCreateMentorship();
  const update = useUpdateMentorship();
  const mutation = mentorship ? update : create;
  const fields = mentorshipFields(values.withKind);
  const errors = useFormErrors(mutation.error, fields);
  const goals = useGoals({}, values.myRole === 'mentee');
  const set = <K extends keyof MentorshipFormValues>(key: K, value: MentorshipFormValues[K]) =>
    setValues((prev) => ({ ...prev, [key]: value }));
  const mentee = values.myRole === 'mentee';
  // Skills are the mentee's to change once it exists; either side names them when inviting.
  const skillsShown = !mentorship || mentee;
  const other = mentorship ? otherName(mentorship) : mentee ? 'your mentor' : 'your mentee';
  // The API names a refused item by its place in the list (skillIds.2): say it at the field too.
  const listError = (path: string) =>
    errors.field(path) ?? errors.issues.find((i) => i.path.startsWith(`${path}.`))?.message;
  const personError = errors.field('with') ?? errors.field('with.email') ?? errors.field('with.contactId');

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (mentorship) {
      const body = errors.validate(UpdateMentorshipBody, mentorshipChange(values));
      if (body) update.mutate({ id: mentorship.id, body }, { onSuccess: onSaved });
    } else {
      const body = errors.validate(CreateMentorshipBody, mentorshipInput(values));
      if (body) create.mutate(body, { onSuccess: onSaved });
    }
  }

  return (
    <form className="form mentorship-form" noValidate onSubmit={onSubmit}>
      <FormError message={errors.message} issues={errors.issues} fields={fields} />
      {!mentorship && (
        <>
          <fieldset className="fieldset">
            <legend className="fieldset__legend">You are</legend>
            {ROLES.map(([role, label, description]) => (
              <div key={role} className="check-field role-choice">
                <input
                  type="radio"
                  id={`mentorship-role-${role}`}
                  name="mentorship-role"
                  value={role}
                  checked={values.myRole === role}
                  aria-describedby={`mentorship-role-${role}-description`}
                  onChange={() => set('myRole', role)}
                />
                <label htmlFor={`mentorship-role-${role}`}>
                  {label}{' '}
                  <span className="role-choice__description" id={`mentorship-role-${role}-description`}>
                    {description}
                  </span>
                </label>
              </div>
            ))}
          </fieldset>
          <PersonField
            idPrefix="mentorship"
            legend={mentee ? 'Who do you want as your mentor?' : 'Who will you mentor?'}
            kind={values.withKind}
            onKindChange={(kind) => set('withKind', kind)}
            email={values.email}
            onEmailChange={(email) => set('email', email)}
            contact={values.contact}
            onContactChange={(contact) => set('contact', contact)}
            error={personError}
            emailHint="Trellis sends no e-mail: tell them yourself. Once they sign in (or sign up) with this address, the invitation waits on their Mentoring page for them to accept or decline."
            contactHint="For someone without an account here: the mentorship starts at once and only you see it. You record its sessions and action items yourself."
          />
        </>
      )}
      <TextAreaField
        {...errors.bind('focus')}
        hint="What you want to work on together, e.g. “Speaking at conferences” or “Moving into engineering management”."
        value={values.focus}
        onChange={(e) => set('focus', e.target.value)}
      />
      {skillsShown && (
        <SkillsField
          {...errors.bind('skillIds')}
          error={listError('skillIds')}
          hint="Skills to work on; they come first in the shared view."
          value={values.skills}
          onChange={(skills) => set('skills', skills)}
        />
      )}
      {mentee && (
        <FocusGoalsField
          id="mentorship-goals"
          label="Focus goals (optional)"
          goals={goals.data}
          value={values.goalIds}
          onChange={(goalIds) => set('goalIds', goalIds)}
          error={listError('goalIds')}
        />
      )}
      <TextField
        {...errors.bind('cadenceDays')}
        inputMode="numeric"
        autoComplete="off"
        className="mentorship-form__number"
        hint={`How often you mean to meet, in days (1 to ${SESSION_CADENCE_MAX}): 14 is every two weeks. The next session is due that many days after the last.`}
        value={values.cadenceDays}
        onChange={(e) => set('cadenceDays', e.target.value)}
      />
      {mentee && (
        <div className="share-skills">
          <CheckField
            {...errors.bind('shareSkills')}
            label="Share my skills with my mentor"
            hint={`${other === 'your mentor' ? 'Your mentor' : other} will see every skill you have assessed: your level in each, the levels your mentors, managers and peers gave, and each assessment with its date and note. They can add an assessment of their own, marked as from your mentor. Your goals are shared one by one, by each goal’s visibility, not by this.`}
            checked={values.shareSkills}
            onChange={(e) => set('shareSkills', e.target.checked)}
          />
        </div>
      )}
      <FormActions
        submitLabel={
          mentorship
            ? 'Save changes'
            : values.withKind === 'contact'
              ? 'Start mentorship'
              : mentee
                ? 'Invite as my mentor'
                : 'Invite as my mentee'
        }
        pending={mutation.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}
