import { type FormEvent, useReducer, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../../../components/Button.tsx';
import { type FieldMap, FormError } from '../../../components/FormError.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { TextAreaField } from '../../../components/TextAreaField.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { useFormErrors } from '../../../components/useFormErrors.ts';
import { useCreateRole, useReadPosting } from '../api/roles.ts';
import { POSTING_MAX, PostingBody, RoleFormBody } from '../api/schemas.ts';
import type { Arrival } from '../components/arrival.ts';
import { DraftEditor, roleFields } from '../components/DraftEditor.tsx';
import {
  draftFromPosting,
  draftReducer,
  foundSummary,
  type RoleDraft,
  roleBodyOf,
} from '../components/draft.ts';
import '../../../components/page.css';
import './PostingPage.css';
import { focusWhenDrawn } from '../../../components/focusWhenDrawn.ts';
import { Breadcrumb } from '../components/Breadcrumb.tsx';

const postingFields: FieldMap = {
  title: { id: 'posting-title', label: 'Job title' },
  text: { id: 'posting-text', label: 'The posting' },
};

const EMPTY: RoleDraft = { title: '', description: '', rows: [], removed: null };

/**
 * A job posting made into a role of one's own: paste it, let Trellis read the skills it names and
 * how much each matters, correct the draft (levels, importance, rows removed or added), and save.
 * Reading saves nothing; the posting's text stays while the draft is edited, to read it again.
 */
export function PostingPage() {
  useDocumentTitle('Role from a job posting');
  const [step, setStep] = useState<'posting' | 'draft'>('posting');
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [draft, dispatch] = useReducer(draftReducer, EMPTY);
  // What the reading found, said above the draft while it is edited.
  const [found, setFound] = useState<{ count: number; summary: string } | null>(null);
  const read = useReadPosting();
  const save = useCreateRole();
  const postingErrors = useFormErrors(read.error, postingFields);
  const roleErrors = useFormErrors(save.error, roleFields);
  const navigate = useNavigate();
  const showStatus = useStatus();
  const draftHeading = useRef<HTMLHeadingElement>(null);
  const over = text.length - POSTING_MAX;

  function onRead(event: FormEvent) {
    event.preventDefault();
    const body = postingErrors.validate(PostingBody, { title, text });
    if (!body) return;
    read.mutate(body, {
      onSuccess: (posting) => {
        const next = draftFromPosting(posting);
        dispatch({ type: 'replace', draft: next });
        roleErrors.clear();
        save.reset();
        setFound({ count: next.rows.length, summary: foundSummary(next.rows) });
        setStep('draft');
        showStatus(
          next.rows.length === 0
            ? 'No skills found in the posting.'
            : `Found ${foundSummary(next.rows)} in the posting.`,
        );
        focusWhenDrawn(() => draftHeading.current);
      },
    });
  }

  function onSave(event: FormEvent) {
    event.preventDefault();
    const body = roleErrors.validate(RoleFormBody, roleBodyOf(draft));
    if (!body) return;
    save.mutate(body, {
      onSuccess: (role) => {
        showStatus(`Role saved: “${role.title}”, ${role.requirementCount} required skills.`);
        navigate(`/roles/${role.id}`, { replace: true, state: { saved: true } satisfies Arrival });
      },
    });
  }

  function backToPosting() {
    setStep('posting');
    focusWhenDrawn(postingFields.text!.id);
  }

  return (
    <div className="page page--wide posting-page">
      <header className="page-header">
        <Breadcrumb trail={[['/roles', 'Roles']]} />
        <h1 className="page-header__title">Role from a job posting</h1>
        <p className="page-header__lead">
          Paste a posting you are interested in. Trellis finds the skills it names and how much each matters;
          you correct the draft and save it as a role of your own, which only you see.
        </p>
      </header>
      {step === 'posting' ? (
        <form className="form posting-form" noValidate onSubmit={onRead}>
          <FormError message={postingErrors.message} issues={postingErrors.issues} fields={postingFields} />
          <TextField
            {...postingErrors.bind('title')}
            hint="The title in the posting, e.g. “Senior Platform Engineer”."
            autoComplete="off"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
          <TextAreaField
            {...postingErrors.bind('text')}
            rows={14}
            hint={
              <span className={over > 0 ? 'posting-count posting-count--over' : 'posting-count'}>
                {over > 0
                  ? `${over.toLocaleString('en-US')} characters too many: at most ${POSTING_MAX.toLocaleString('en-US')}.`
                  : `${text.length.toLocaleString('en-US')} of ${POSTING_MAX.toLocaleString('en-US')} characters.`}{' '}
                Headings such as “Requirements:” or “Nice to have:” tell how much each skill matters.
              </span>
            }
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <div className="form__actions">
            <Button type="submit" variant="primary" pending={read.isPending} pendingLabel="Reading…">
              Read the posting
            </Button>
            {found !== null && <Button onClick={() => setStep('draft')}>Back to the draft</Button>}
          </div>
          {found !== null && (
            <p className="muted">Reading the posting again replaces the draft and your changes to it.</p>
          )}
        </form>
      ) : (
        <form className="form draft-form" noValidate onSubmit={onSave}>
          <FormError message={roleErrors.message} issues={roleErrors.issues} fields={roleFields} />
          <h2 className="draft-form__title" ref={draftHeading} tabIndex={-1}>
            Draft role
          </h2>
          {found?.count === 0 ? (
            <Notice>
              No skill of the catalogue was found in this posting. Add the skills it asks for below, or{' '}
              <Button variant="quiet" className="posting-page__inline" onClick={backToPosting}>
                go back to the posting
              </Button>{' '}
              and paste more of it: the requirements section is the part that names them.
            </Notice>
          ) : (
            <p className="draft-form__found">
              Found {found?.summary}. Check the level each one asks for, remove what does not belong, and add
              what was missed.
            </p>
          )}
          <DraftEditor
            draft={draft}
            dispatch={dispatch}
            errors={roleErrors}
            rowsTitle="Skills for the role"
          />
          <div className="form__actions">
            <Button type="submit" variant="primary" pending={save.isPending} pendingLabel="Saving…">
              Save role
            </Button>
            <Button onClick={backToPosting} disabled={save.isPending}>
              Back to the posting
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
