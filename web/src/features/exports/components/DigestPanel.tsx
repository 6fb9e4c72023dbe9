import type { User } from '@shared/accounts/account.schema.ts';
import { messageOf } from '../../../api/errors.ts';
import { CheckField } from '../../../components/CheckField.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { Panel } from '../../../components/Panel.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { useUpdateProfile } from '../../accounts/api/profile.ts';
import { useInstance } from '../../accounts/api/session.ts';

/**
 * The weekly digest: on or off, saved as soon as it is ticked. When the instance sends no mail,
 * the panel says so instead of offering a choice that would do nothing.
 */
export function DigestPanel({ user }: { user: User }) {
  const instance = useInstance();
  const update = useUpdateProfile();
  const showStatus = useStatus();
  const weekly = user.digest === 'weekly';

  function choose(on: boolean) {
    update.mutate(
      { digest: on ? 'weekly' : 'off' },
      {
        onSuccess: () =>
          showStatus(on ? 'You will get the weekly digest.' : 'You will no longer get the weekly digest.'),
      },
    );
  }

  return (
    <Panel
      id="digest"
      title="Weekly digest"
      description={
        <p>
          On Monday at 08:00 in your time zone, an e-mail with the goals that need attention, contacts due,
          open action items, credentials expiring and last week in numbers, when there is something to say.
          Each one has a link to stop it without signing in.
        </p>
      }
    >
      {instance.data && !instance.data.mail ? (
        <p>
          This Trellis instance sends no e-mail (its administrator has not set up mail), so there is no
          digest.
        </p>
      ) : (
        <CheckField
          id="digest-weekly"
          label="Send me the weekly digest"
          hint={`To ${user.email}.`}
          checked={weekly}
          disabled={update.isPending || instance.isPending}
          onChange={(e) => choose(e.currentTarget.checked)}
        />
      )}
      {update.isError && (
        <Notice tone="danger" role="alert">
          {messageOf(update.error)}
        </Notice>
      )}
    </Panel>
  );
}
