import { COMMENT_MAX } from '@shared/mentoring/mentoring.limits.ts';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/Button.tsx';
import { type FieldMap, FormError } from '../../../components/FormError.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { TextAreaField } from '../../../components/TextAreaField.tsx';
import { useFormErrors } from '../../../components/useFormErrors.ts';
import { CreateCommentBody } from '../api/schemas.ts';
import { useCreateComment } from '../api/sharing.ts';
import './shared-view.css';
import { focusWhenDrawn } from '../../../components/focusWhenDrawn.ts';

export interface CommentFormProps {
  mentorshipId: string;
  goalId: string;
  goalTitle: string;
  /** Where focus goes once the comment is in the list: the list's heading. */
  afterId: string;
}

/** "Add a comment" under a shared goal: both sides see it there, and the mentee on her goal's page. */
export function CommentForm({ mentorshipId, goalId, goalTitle, afterId }: CommentFormProps) {
  const create = useCreateComment(mentorshipId);
  const showStatus = useStatus();
  const fields: FieldMap = {
    text: { id: `comment-${goalId}`, label: 'Add a comment' },
    goalId: { id: `comment-${goalId}`, label: 'Goal' },
  };
  const errors = useFormErrors(create.error, fields);
  const [text, setText] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = errors.validate(CreateCommentBody, { goalId, text });
    if (!body) return;
    create.mutate(body, {
      onSuccess: () => {
        setText('');
        create.reset();
        showStatus(`Comment added on “${goalTitle}”.`);
        focusWhenDrawn(afterId);
      },
    });
  }

  return (
    <form className="form comment-form" noValidate onSubmit={submit}>
      <FormError message={errors.message} issues={errors.issues} fields={fields} />
      <TextAreaField
        {...errors.bind('text')}
        hint={`Both of you see it under the goal (up to ${COMMENT_MAX.toLocaleString('en-US')} characters).`}
        rows={2}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="form__actions">
        <Button type="submit" variant="secondary" pending={create.isPending} pendingLabel="Adding…">
          Add comment
        </Button>
      </div>
    </form>
  );
}
