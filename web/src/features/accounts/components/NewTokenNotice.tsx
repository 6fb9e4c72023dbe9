import type { CreatedToken } from '@shared/accounts/account.schema.ts';
import { useEffect, useRef } from 'react';
import { Button } from '../../../components/Button.tsx';
import { CopyField } from '../../../components/CopyField.tsx';
import './NewTokenNotice.css';

/** Shows a just-created token's secret: the one and only time anyone will see it. */
export function NewTokenNotice({ token, onDone }: { token: CreatedToken; onDone: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The form that had focus is gone; bring keyboard and screen-reader users to the news.
  useEffect(() => heading.current?.focus(), []);

  return (
    <div className="new-token">
      <h3 className="new-token__title" ref={heading} tabIndex={-1}>
        Token “{token.name}” created
      </h3>
      <CopyField
        id="new-token-value"
        label="Your new token"
        value={token.token}
        hint={
          <p>
            <strong>Copy it now; you won’t see it again.</strong> If you lose it, revoke it and create
            another.
          </p>
        }
      />
      <div className="form__actions">
        <Button variant="primary" onClick={onDone}>
          I have copied it
        </Button>
      </div>
    </div>
  );
}
