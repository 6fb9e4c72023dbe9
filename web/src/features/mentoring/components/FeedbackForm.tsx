import type { CreatedFeedbackRequest } from '@shared/mentoring/feedback.schema.ts';
import { EXPIRY_MAX_DAYS, EXPIRY_MIN_DAYS, TOPIC_MAX } from '@shared/mentoring/mentoring.limits.ts';
import { type FormEvent, useState } from 'react';
import { FormActions } from '../../../components/FormActions.tsx';
import { FormError } from '../../../components/FormError.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { useFormErrors } from '../../../components/useFormErrors.ts';
import { useGoals } from '../../goals/api/goals.ts';
import { useCreateFeedbackRequest } from '../api/feedback.ts';
import { CreateFeedbackRequestBody } from '../api/schemas.ts';
import { ChosenSkill } from './ChosenSkill.tsx';
import { type FeedbackFormValues, feedbackFields, feedbackInput } from './feedbackFormValues.ts';
import { SUBJECT_LABELS, type SubjectKind } from './labels.ts';
import { PersonField } from './PersonField.tsx';
import { QuestionsField } from './QuestionsField.tsx';
import './person-form.css';
import './feedback.css';

export interface FeedbackFormProps {
  initial: FeedbackFormValues;
  /** Called with the request and the form as sent (its contact's e-mail, for a prefilled message). */
  onCreated: (request: CreatedFeedbackRequest, values: FeedbackFormValues) => void;
  onCancel: () => void;
}

const KINDS: readonly SubjectKind[] = ['topic', 'goal', 'skill'];

/**
 * Ask someone for feedback: who (an e-mail or a contact), about what (a goal, a skill or a topic),
 * one to five questions, and how long the link stays open.
 */
export function FeedbackForm({ initial, onCreated, onCancel }: FeedbackFormProps) {
  const [values, setValues] = useState(initial);
  const create = useCreateFeedbackRequest();
  const fields = feedbackFields(values);
  const errors = useFormErrors(create.error, fields);
  const goals = useGoals({}, values.aboutKind === 'goal');
  const set = <K extends keyof FeedbackFormValues>(key: K, value: FeedbackFormValues[K]) =>
    setValues((prev) => ({ ...prev, [key]: value }));
  const first = (...paths: string[]) => paths.map(errors.field).find(Boolean);
  const goalOptions = (goals.data ?? [])
    .filter((g) => g.state === 'active' || g.id === values.goalId)
    .map((g) => [g.id, g.title] as const);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = errors.validate(CreateFeedbackRequestBody, feedbackInput(values));
    if (body) create.mutate(body, { onSuccess: (request) => onCreated(request, values) });
  }

  return (
    <form className="form feedback-form" noValidate onSubmit={onSubmit}>
      <FormError message={errors.message} issues={errors.issues} fields={fields} />
      <PersonField
        idPrefix="feedback"
        legend="Who do you ask?"
        kind={values.toKind}
        onKindChange={(kind) => set('toKind', kind)}
        email={values.email}
        onEmailChange={(email) => set('email', email)}
        contact={values.contact}
        onContactChange={(contact) => set('contact', contact)}
        error={first('to', 'to.email', 'to.contactId')}
        emailHint="Trellis sends no e-mail: you send them the link yourself. If they have an account with this address, the request also waits in their inbox."
        contactHint="You send them the link yourself; when the contact has an e-mail, a message with the link is written for you."
      />
      <fieldset className="fieldset">
        <legend className="fieldset__legend">What about?</legend>
        <div className="person-field__kinds">
          {KINDS.map((kind) => (
            <div key={kind} className="check-field">
              <input
                type="radio"
                id={`feedback-about-${kind}`}
                name="feedback-about"
                value={kind}
                checked={values.aboutKind === kind}
                onChange={() => set('aboutKind', kind)}
              />
              <label htmlFor={`feedback-about-${kind}`}>{SUBJECT_LABELS[kind]}</label>
            </div>
          ))}
        </div>
        {values.aboutKind === 'topic' && (
          <TextField
            id="feedback-topic"
            label="Topic"
            autoComplete="off"
            hint={`What you want feedback on, e.g. “My talk at the team offsite” (up to ${TOPIC_MAX} characters).`}
            error={first('about', 'about.topic')}
            value={values.topic}
            onChange={(e) => set('topic', e.target.value)}
          />
        )}
        {values.aboutKind === 'goal' && (
          <SelectField
            id="feedback-goal"
            label="Goal"
            hint={
              goals.isPending
                ? 'Loading your goals…'
                : goalOptions.length === 0
                  ? 'You have no active goals: ask about a topic instead.'
                  : 'They see its title, not its numbers.'
            }
            error={first('about', 'about.goalId')}
            value={values.goalId}
            onChange={(e) => set('goalId', e.target.value)}
            options={goalOptions}
          >
            <option value="">Choose a goal</option>
          </SelectField>
        )}
        {values.aboutKind === 'skill' && (
          <ChosenSkill
            id="feedback-skill"
            label="Skill"
            hint="They may also give you a level from 0 to 5, which becomes a peer assessment of your skill."
            error={first('about', 'about.skillId')}
            value={values.skill}
            onChange={(skill) => set('skill', skill)}
          />
        )}
      </fieldset>
      <QuestionsField
        idPrefix="feedback-question"
        value={values.questions}
        onChange={(questions) => set('questions', questions)}
        errorOf={(i) => errors.field(`questions.${i}`)}
        listError={errors.field('questions')}
      />
      <TextField
        {...errors.bind('expiresInDays')}
        inputMode="numeric"
        autoComplete="off"
        className="feedback-form__number"
        hint={`From ${EXPIRY_MIN_DAYS} to ${EXPIRY_MAX_DAYS} days; after that the link stops working.`}
        value={values.expiresInDays}
        onChange={(e) => set('expiresInDays', e.target.value)}
      />
      <FormActions
        submitLabel="Create the link"
        pendingLabel="Creating the link…"
        pending={create.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}
