import type { User } from '@shared/accounts/account.schema.ts';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/Button.tsx';
import { type FieldMap, FormError } from '../../../components/FormError.tsx';
import { Panel } from '../../../components/Panel.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { useFormErrors } from '../../../components/useFormErrors.ts';
import { useUpdateProfile } from '../api/profile.ts';
import { UpdateMeBody } from '../api/schemas.ts';
import { TimeZoneField } from './TimeZoneField.tsx';

const fields: FieldMap = {
  name: { id: 'profile-name', label: 'Name' },
  timezone: { id: 'profile-timezone', label: 'Time zone' },
};

export function ProfilePanel({ user }: { user: User }) {
  const update = useUpdateProfile();
  const errors = useFormErrors(update.error, fields);
  const showStatus = useStatus();
  const [name, setName] = useState(user.name);
  const [timezone, setTimezone] = useState(user.timezone);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = errors.validate(UpdateMeBody, { name, timezone });
    if (body) update.mutate(body, { onSuccess: () => showStatus('Profile saved.') });
  }

  return (
    <Panel
      id="profile"
      title="Profile"
      description={<p>How Trellis addresses you, and the clock your plan runs on.</p>}
    >
      <form className="form" noValidate onSubmit={onSubmit}>
        <FormError message={errors.message} issues={errors.issues} fields={fields} />
        <TextField
          {...errors.bind('name')}
          autoComplete="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <TimeZoneField {...errors.bind('timezone')} value={timezone} onChange={setTimezone} />
        <div className="form__actions">
          <Button type="submit" variant="primary" pending={update.isPending} pendingLabel="Saving…">
            Save profile
          </Button>
        </div>
      </form>
    </Panel>
  );
}
