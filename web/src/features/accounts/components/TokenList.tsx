import type { ApiToken } from '@shared/accounts/account.schema.ts';
import { useState } from 'react';
import { messageOf } from '../../../api/errors.ts';
import { Button } from '../../../components/Button.tsx';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { formatDateTime } from '../../../components/text.ts';
import { useRevokeToken, useTokens } from '../api/tokens.ts';
import './TokenList.css';

/** The person's tokens, newest first, each with a Revoke button behind a confirmation. */
export function TokenList({ timeZone }: { timeZone: string }) {
  const tokens = useTokens();
  const revoke = useRevokeToken();
  const showStatus = useStatus();
  const [target, setTarget] = useState<ApiToken | null>(null);

  function confirmRevoke() {
    if (!target) return;
    revoke.mutate(target.id, {
      onSuccess: () => {
        showStatus(`Token “${target.name}” revoked.`);
        setTarget(null);
      },
    });
  }

  const when = (iso: string) => <time dateTime={iso}>{formatDateTime(iso, timeZone)}</time>;

  return (
    <div className="token-list">
      <h3 className="token-list__title">Your tokens</h3>
      {tokens.isPending && <p className="muted">Loading tokens…</p>}
      {tokens.isError && <Notice tone="danger">{messageOf(tokens.error)}</Notice>}
      {tokens.data?.length === 0 && (
        <p className="muted">No tokens yet. Create one above when a script needs access.</p>
      )}
      {tokens.data && tokens.data.length > 0 && (
        <ul className="token-list__items">
          {[...tokens.data]
            .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
            .map((token) => (
              <li key={token.id} className="token">
                <div className="token__main">
                  <span className="token__name">{token.name}</span>
                  <span className="token__meta">
                    Created {when(token.createdAt)}
                    <span aria-hidden="true"> · </span>
                    {token.lastUsedAt ? <>Last used {when(token.lastUsedAt)}</> : 'Never used'}
                  </span>
                </div>
                <Button
                  variant="danger-outline"
                  onClick={() => setTarget(token)}
                  aria-label={`Revoke token ${token.name}`}
                >
                  Revoke
                </Button>
              </li>
            ))}
        </ul>
      )}
      <ConfirmDialog
        open={target !== null}
        title="Revoke this token?"
        tone="danger"
        confirmLabel="Revoke token"
        pendingLabel="Revoking…"
        pending={revoke.isPending}
        onConfirm={confirmRevoke}
        onCancel={() => {
          revoke.reset();
          setTarget(null);
        }}
      >
        <p>
          Anything using <strong>“{target?.name}”</strong> will stop working at once. This cannot be undone.
        </p>
        {revoke.isError && (
          <Notice tone="danger" role="alert">
            {messageOf(revoke.error)}
          </Notice>
        )}
      </ConfirmDialog>
    </div>
  );
}
