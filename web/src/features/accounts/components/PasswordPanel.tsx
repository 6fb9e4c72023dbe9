import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/Button.tsx';
import { CheckField } from '../../../components/CheckField.tsx';
import { type FieldMap, FormError } from '../../../components/FormError.tsx';
import { Panel } from '../../../components/Panel.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { useFormErrors } from '../../../components/useFormErrors.ts';
import { useChangePassword } from '../api/profile.ts';
import { ChangePasswordBody } from '../api/schemas.ts';

const fields: FieldMap = {
  currentPassword: { id: 'password-current', label: 'Current password' },
  newPassword: { id: 'password-new', label: 'New password' },
  keepApiTokens: { id: 'password-keep-tokens', label: 'Keep my personal API tokens working' },
};

export function PasswordPanel() {
  const change = useChangePassword();
  const errors = useFormErrors(change.error, fields);
  const showStatus = useStatus();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [keepApiTokens, setKeepTokens] = useState(false);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = errors.validate(ChangePasswordBody, { currentPassword, newPassword, keepApiTokens });
    if (!body) return;
    change.mutate(body, {
      onSuccess: () => {
        setCurrent('');
        setNew('');
        setKeepTokens(false);
        showStatus(
          keepApiTokens
            ? 'Password changed. Every other session was signed out; your API tokens still work.'
            : 'Password changed. Every other session was signed out, and your API tokens no longer work.',
        );
      },
    });
  }

  return (
    <Panel
      id="password"
      title="Password"
      description={
        <p>
          Changing your password signs you out everywhere else: other browsers, phones and computers. You stay
          signed in here. Your personal API tokens stop working too, unless you keep them.
        </p>
      }
    >
      <form className="form" noValidate onSubmit={onSubmit}>
        <FormError message={errors.message} issues={errors.issues} fields={fields} />
        <TextField
          {...errors.bind('currentPassword')}
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={(e) => setCurrent(e.target.value)}
        />
        <TextField
          {...errors.bind('newPassword')}
          type="password"
          autoComplete="new-password"
          hint="At least 10 characters."
          value={newPassword}
          onChange={(e) => setNew(e.target.value)}
        />
        <CheckField
          {...errors.bind('keepApiTokens')}
          hint="Leave this unticked if you change your password because a token or the password may have leaked."
          checked={keepApiTokens}
          onChange={(e) => setKeepTokens(e.target.checked)}
        />
        <div className="form__actions">
          <Button type="submit" variant="primary" pending={change.isPending} pendingLabel="Changing…">
            Change password
          </Button>
        </div>
      </form>
    </Panel>
  );
}
