import { CADENCE_MAX, CADENCE_MIN } from '@shared/network/network.limits.ts';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/Button.tsx';
import { FormError } from '../../../components/FormError.tsx';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { useFormErrors } from '../../../components/useFormErrors.ts';
import { Breadcrumb } from '../../skills/components/Breadcrumb.tsx';
import { UpdateNetworkSettingsBody } from '../api/schemas.ts';
import { useNetworkSettings, useUpdateNetworkSettings } from '../api/settings.ts';
import { ROLES } from '../components/labels.ts';
import {
  type SettingsFormValues,
  settingsFields,
  settingsInput,
  settingsValues,
} from '../components/settingsFormValues.ts';
import '../../../components/page.css';
import '../components/network.css';

/** The keep-in-touch defaults: how often to be in touch with each role, unless a contact says otherwise. */
export function SettingsPage() {
  useDocumentTitle('Keep-in-touch defaults · Network');
  const settings = useNetworkSettings();

  return (
    <div className="page network-settings-page">
      <header className="page-header">
        <Breadcrumb trail={[['/network', 'Network']]} />
        <h1 className="page-header__title">Keep-in-touch defaults</h1>
        <p className="page-header__lead">
          How often to be in touch with each role, in days. A contact without a cadence of its own takes the
          default of the first of its roles that has one; a contact’s own cadence always wins.
        </p>
      </header>
      {settings.isPending && <Loading label="Loading your defaults…" />}
      {settings.isError && <LoadError error={settings.error} onRetry={() => void settings.refetch()} />}
      {settings.data && <SettingsForm initial={settingsValues(settings.data)} />}
    </div>
  );
}

function SettingsForm({ initial }: { initial: SettingsFormValues }) {
  const [values, setValues] = useState(initial);
  const update = useUpdateNetworkSettings();
  const errors = useFormErrors(update.error, settingsFields);
  const showStatus = useStatus();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = errors.validate(UpdateNetworkSettingsBody, settingsInput(values));
    if (!body) return;
    update.mutate(body, {
      onSuccess: (saved) => {
        setValues(settingsValues(saved));
        const count = Object.keys(saved.cadenceByRole).length;
        showStatus(
          count === 0
            ? 'Defaults saved: no role has one.'
            : `Defaults saved: ${count} ${count === 1 ? 'role has' : 'roles have'} one.`,
        );
      },
    });
  }

  return (
    <form className="form settings-form" noValidate onSubmit={onSubmit}>
      <FormError message={errors.message} issues={errors.issues} fields={settingsFields} />
      <fieldset className="fieldset" aria-describedby="settings-hint">
        <legend className="fieldset__legend">Keep in touch every … days</legend>
        <p className="field__hint" id="settings-hint">
          {CADENCE_MIN} to {CADENCE_MAX} days; leave a role empty for no default.
        </p>
        <div className="settings-form__roles">
          {ROLES.map((role) => (
            <TextField
              key={role}
              {...errors.bind(`cadenceByRole.${role}`)}
              inputMode="numeric"
              autoComplete="off"
              value={values[role]}
              onChange={(e) => setValues((prev) => ({ ...prev, [role]: e.target.value }))}
            />
          ))}
        </div>
      </fieldset>
      <div className="form__actions">
        <Button type="submit" variant="primary" pending={update.isPending} pendingLabel="Saving…">
          Save defaults
        </Button>
        <Link to="/network">Back to your network</Link>
      </div>
    </form>
  );
}
