import type { ReportPeriod } from '@shared/reports/report.schema.ts';
import { Link } from 'react-router';
import { Button } from '../../../components/Button.tsx';
import { ButtonLink } from '../../../components/ButtonLink.tsx';
import { asKind, PERIOD_NAMES, type ReportChoice, searchOf, shifted, spanOf } from './period.ts';
import { periodWords } from './periodWords.ts';
import { RangeForm } from './RangeForm.tsx';

const PERIODS = Object.keys(PERIOD_NAMES) as ReportPeriod[];

/**
 * The report's period: a week, month, quarter or year, or a custom range; the one before and after.
 * Every choice is a link to the page's own address with the choice in its search params, so a
 * report can be linked to and Back returns to the one before. Next stops at the period holding today.
 */
export function PeriodPicker({ choice, today }: { choice: ReportChoice; today: string }) {
  const span = spanOf(choice, today);
  const before = shifted(choice, -1, today);
  const after = shifted(choice, 1, today);
  const words = (c: ReportChoice) => periodWords(c.kind, spanOf(c, today));
  const current = (kind: ReportChoice['kind']) => (choice.kind === kind ? 'true' : undefined);

  return (
    <div className="report-picker">
      <nav className="report-kinds" aria-label="Kind of period">
        <ul className="report-kinds__list">
          {PERIODS.map((kind) => (
            <li key={kind}>
              <Link
                className="report-kinds__link"
                to={searchOf(asKind(choice, kind, today))}
                aria-current={current(kind)}
              >
                {PERIOD_NAMES[kind]}
              </Link>
            </li>
          ))}
          <li>
            <Link
              className="report-kinds__link"
              to={searchOf({ kind: 'range', ...span })}
              aria-current={current('range')}
            >
              Custom range
            </Link>
          </li>
        </ul>
      </nav>
      <nav className="report-steps" aria-label="Period before and after">
        <ButtonLink variant="secondary" to={searchOf(before)}>
          <span aria-hidden="true">‹ </span>
          <span className="visually-hidden">Previous period: </span>
          {words(before)}
        </ButtonLink>
        {spanOf(after, today).from > today ? (
          <Button disabled>
            <span className="visually-hidden">Next period: </span>
            {words(after)}
            <span aria-hidden="true"> ›</span>
          </Button>
        ) : (
          <ButtonLink variant="secondary" to={searchOf(after)}>
            <span className="visually-hidden">Next period: </span>
            {words(after)}
            <span aria-hidden="true"> ›</span>
          </ButtonLink>
        )}
      </nav>
      {choice.kind === 'range' && <RangeForm key={`${span.from}/${span.to}`} span={span} />}
    </div>
  );
}
