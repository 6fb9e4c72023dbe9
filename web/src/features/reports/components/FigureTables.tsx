import { formatNumber } from '@shared/numbers.ts';
import type { Figure } from '@shared/reports/report.schema.ts';
import { Change } from './Change.tsx';
import { figureSections } from './figures.ts';

export interface FigureTablesProps {
  figures: readonly Figure[];
  /** The period and the one before, in words, under the columns' names: "Q1 2027", "Q4 2026". */
  current: string;
  previous: string;
}

/** The figures in one table per section (Goals, Time and learning …): this period, the previous, the change. */
export function FigureTables({ figures, current, previous }: FigureTablesProps) {
  return (
    <div className="report-figures">
      {figureSections(figures).map((section) => (
        <table key={section.id} className="report-table report-table--figures">
          <caption>{section.title}</caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col">
                This period <span className="report-table__period">{current}</span>
              </th>
              <th scope="col">
                Previous <span className="report-table__period">{previous}</span>
              </th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {section.figures.map((figure) => (
              <tr key={figure.key}>
                <th scope="row">{figure.label}</th>
                <td>{formatNumber(figure.value, 1)}</td>
                <td>{formatNumber(figure.previous, 1)}</td>
                <td>
                  <Change change={figure.change} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
