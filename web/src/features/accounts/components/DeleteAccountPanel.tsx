import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../../../components/Button.tsx';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { type FieldMap, FormError } from '../../../components/FormError.tsx';
import { Panel } from '../../../components/Panel.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { useFormErrors } from '../../../components/useFormErrors.ts';
import { useDeleteAccount } from '../api/profile.ts';
import { DeleteMeBody } from '../api/schemas.ts';

const fields: FieldMap = { password: { id: 'delete-password', label: 'Password' } };

/** The danger zone: deleting the account needs the password and a second, explicit yes. */
export function DeleteAccountPanel() {
  const remove = useDeleteAccount();
  const errors = useFormErrors(remove.error, fields);
  const navigate = useNavigate();
  const showStatus = useStatus();
  const [password, setPassword] = useState('');
  const [confirming, setConfirming] = useState(false);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    remove.reset();
    if (errors.validate(DeleteMeBody, { password })) setConfirming(true);
  }

  function onConfirm() {
    remove.mutate(
      { password },
      {
        onSuccess: () => {
          navigate('/signin', { replace: true });
          showStatus('Your account and everything in it were deleted.');
        },
        // A wrong password is shown next to the field, so get the dialog out of its way.
        onError: () => setConfirming(false),
      },
    );
  }

  return (
    <Panel
      id="delete"
      tone="danger"
      title="Delete account"
      description={
        <p>
          Deletes your account and everything you have recorded in Trellis, API tokens included. It cannot be
          undone.
        </p>
      }
    >
      <form className="form" noValidate onSubmit={onSubmit}>
        <FormError message={errors.message} issues={errors.issues} fields={fields} />
        <div className="inline-form">
          <TextField
            {...errors.bind('password')}
            hint="Type your password to confirm that it is you."
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <Button type="submit" variant="danger-outline">
            Delete account…
          </Button>
        </div>
      </form>
      <ConfirmDialog
        open={confirming}
        title="Delete your account for good?"
        tone="danger"
        confirmLabel="Delete my account"
        pendingLabel="Deleting…"
        pending={remove.isPending}
        onConfirm={onConfirm}
        onCancel={() => setConfirming(false)}
      >
        <p>Your account and all of its data will be erased now. There is no way to bring them back.</p>
      </ConfirmDialog>
    </Panel>
  );
}
