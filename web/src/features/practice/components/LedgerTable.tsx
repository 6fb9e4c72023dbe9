import { formatNumber } from '@shared/numbers.ts';
import type { LedgerRow } from '@shared/practice/ledger.schema.ts';
import { Fragment } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../goals/components/widgets/dates.ts';
import { LedgerFlags } from './LedgerFlags.tsx';
import './ledger.css';

const COLUMNS = 7;

/** A date in a cell, or "Never". */
function Day({ date }: { date: string | null }) {
  return date ? <time dateTime={date}>{formatDate(date)}</time> : <span className="muted">Never</span>;
}

/** "AWS SAA (expired), CKA", or "None". */
export function credentialsText(row: Pick<LedgerRow, 'credentials'>): string {
  if (row.credentials.length === 0) return 'None';
  return row.credentials.map((c) => `${c.title}${c.expired ? ' (expired)' : ''}`).join(', ');
}

/**
 * The knowledge-vs-practice ledger: per skill, hours learning and practising, content, credentials
 * and the last days of each; a skill's flags follow its row, as warnings tied to its name. On a
 * narrow screen the table scrolls sideways within its frame, never the page.
 */
export function LedgerTable({ rows }: { rows: readonly LedgerRow[] }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it
    <section className="ledger-scroll" aria-labelledby="ledger-caption" tabIndex={0}>
      <table className="ledger-table">
        <caption id="ledger-caption" className="visually-hidden">
          Learning and practice by skill, as of today
        </caption>
        <thead>
          <tr>
            <th scope="col">Skill</th>
            <th scope="col" className="ledger-table__number">
              Learning (hours)
            </th>
            <th scope="col" className="ledger-table__number">
              Practice (hours)
            </th>
            <th scope="col" className="ledger-table__number">
              Content (minutes)
            </th>
            <th scope="col">Credentials</th>
            <th scope="col">Last learned</th>
            <th scope="col">Last practised</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const rowId = `ledger-${row.skill.id}`;
            return (
              <Fragment key={row.skill.id}>
                <tr className={row.flags.length > 0 ? 'ledger-table__row--flagged' : undefined}>
                  <th scope="row" id={rowId}>
                    <Link to={`/skills/${row.skill.id}`}>{row.skill.name}</Link>
                  </th>
                  <td className="ledger-table__number">{formatNumber(row.learningHours, 2)}</td>
                  <td className="ledger-table__number">{formatNumber(row.practiceHours, 2)}</td>
                  <td className="ledger-table__number">{formatNumber(row.contentMinutes, 0)}</td>
                  <td className="ledger-table__credentials">
                    {row.credentials.length === 0 ? (
                      <span className="muted">None</span>
                    ) : (
                      credentialsText(row)
                    )}
                  </td>
                  <td className="ledger-table__date">
                    <Day date={row.lastLearnedOn} />
                  </td>
                  <td className="ledger-table__date">
                    <Day date={row.lastPractisedOn} />
                  </td>
                </tr>
                {row.flags.length > 0 && (
                  <tr className="ledger-table__flags">
                    <td colSpan={COLUMNS} headers={rowId}>
                      <LedgerFlags flags={row.flags} label={`${row.skill.name}: needs attention`} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
