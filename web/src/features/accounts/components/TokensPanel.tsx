import type { CreatedToken } from '@shared/accounts/account.schema.ts';
import { useState } from 'react';
import { Panel } from '../../../components/Panel.tsx';
import { CreateTokenForm } from './CreateTokenForm.tsx';
import { NewTokenNotice } from './NewTokenNotice.tsx';
import { TokenList } from './TokenList.tsx';

/** Personal API tokens: create one (its secret shown once), see them all, revoke any. */
export function TokensPanel({ timeZone }: { timeZone: string }) {
  const [created, setCreated] = useState<CreatedToken | null>(null);

  return (
    <Panel
      id="tokens"
      title="API tokens"
      description={
        <p>
          A personal token lets a script or the <code>trellis</code> command line act as you. Send it as{' '}
          <code>Authorization: Bearer &lt;token&gt;</code>. Give each one a name that says where it is used,
          and revoke it when that place no longer needs it.
        </p>
      }
    >
      {created ? (
        <NewTokenNotice token={created} onDone={() => setCreated(null)} />
      ) : (
        <CreateTokenForm onCreated={setCreated} />
      )}
      <TokenList timeZone={timeZone} />
    </Panel>
  );
}
