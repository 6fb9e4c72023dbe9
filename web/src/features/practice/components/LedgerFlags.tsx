import type { LedgerFlag } from '@shared/practice/ledger.schema.ts';
import { Glyph } from '../../goals/components/widgets/icons.tsx';
import './ledger.css';

/** What a skill's ledger flags, in the API's words to the person, as warnings (a word, a shape and a colour). */
export function LedgerFlags({ flags, label }: { flags: readonly LedgerFlag[]; label: string }) {
  if (flags.length === 0) return null;
  return (
    <ul className="ledger-flags" aria-label={label}>
      {flags.map((flag) => (
        <li key={flag.kind} className="ledger-flag">
          <Glyph name="warning" className="ledger-flag__glyph" />
          <span>
            <span className="visually-hidden">Warning: </span>
            {flag.message}
          </span>
        </li>
      ))}
    </ul>
  );
}
