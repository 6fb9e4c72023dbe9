import type { Role } from '@shared/skills/skill.schema.ts';
import { type FormEvent, useReducer } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { FormActions } from '../../../components/FormActions.tsx';
import { FormError } from '../../../components/FormError.tsx';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { useFormErrors } from '../../../components/useFormErrors.ts';
import { useRole, useUpdateRole } from '../api/roles.ts';
import { RoleFormBody } from '../api/schemas.ts';
import type { Arrival } from '../components/arrival.ts';
import { DraftEditor, roleFields } from '../components/DraftEditor.tsx';
import { draftFromRole, draftReducer, roleBodyOf } from '../components/draft.ts';
import '../../../components/page.css';
import './PostingPage.css';
import { Breadcrumb } from '../components/Breadcrumb.tsx';

/** `/roles/:id/edit`: a role of one's own, its title, description and required skills. */
export function RoleEditPage() {
  const { id = '' } = useParams();
  const role = useRole(id);
  useDocumentTitle(role.data ? `Edit ${role.data.title}` : 'Edit role');

  return (
    <div className="page page--wide posting-page">
      <header className="page-header">
        <Breadcrumb
          trail={[
            ['/roles', 'Roles'],
            ...(role.data ? [[`/roles/${role.data.id}`, role.data.title] as const] : []),
          ]}
        />
        <h1 className="page-header__title">Edit role</h1>
      </header>
      {role.isPending && <Loading label="Loading the role…" />}
      {role.isError && <LoadError error={role.error} onRetry={() => void role.refetch()} />}
      {role.data &&
        (role.data.source === 'custom' ? (
          <RoleEditForm key={role.data.id} role={role.data} />
        ) : (
          <p>
            Only roles of your own can be changed; this one comes from the catalogue.{' '}
            <Link to="/roles/new/from-posting">Make your own from a job posting</Link>.
          </p>
        ))}
    </div>
  );
}

function RoleEditForm({ role }: { role: Role }) {
  const [draft, dispatch] = useReducer(draftReducer, role, draftFromRole);
  const update = useUpdateRole();
  const errors = useFormErrors(update.error, roleFields);
  const navigate = useNavigate();
  const location = useLocation();
  const showStatus = useStatus();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = errors.validate(RoleFormBody, roleBodyOf(draft));
    if (!body) return;
    update.mutate(
      { id: role.id, body },
      {
        onSuccess: (saved) => {
          showStatus('Role saved.');
          navigate(`/roles/${saved.id}`, { replace: true, state: { saved: true } satisfies Arrival });
        },
      },
    );
  }

  function onCancel() {
    if (location.key !== 'default') navigate(-1);
    else navigate(`/roles/${role.id}`);
  }

  return (
    <form className="form draft-form" noValidate onSubmit={onSubmit}>
      <FormError message={errors.message} issues={errors.issues} fields={roleFields} />
      <DraftEditor draft={draft} dispatch={dispatch} errors={errors} rowsTitle="Required skills" />
      <FormActions submitLabel="Save changes" pending={update.isPending} onCancel={onCancel} />
    </form>
  );
}
