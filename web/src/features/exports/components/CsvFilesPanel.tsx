import { Panel } from '../../../components/Panel.tsx';
import { csvFiles, RESUME_HREF } from './files.ts';

/** One spreadsheet file per kind of entry, and the JSON Resume, each a plain download. */
export function CsvFilesPanel() {
  return (
    <Panel
      id="files"
      title="Download your data"
      description={
        <p>
          Each file opens in a spreadsheet: one row per entry, a header row, dates written YYYY-MM-DD. Text
          that a spreadsheet would run as a formula starts with an apostrophe.
        </p>
      }
    >
      <ul className="data-files">
        {csvFiles.map((file) => (
          <li key={file.entity} className="data-files__item">
            <a href={file.href} download>
              {file.title} (CSV)
            </a>
            <span className="data-files__what">{file.what}</span>
          </li>
        ))}
        <li className="data-files__item">
          <a href={RESUME_HREF} download>
            Résumé (JSON Resume)
          </a>
          <span className="data-files__what">
            your skills at your own latest level, certificates, degrees and practice with evidence, for résumé
            themes and job sites that read the JSON Resume format
          </span>
        </li>
      </ul>
    </Panel>
  );
}
