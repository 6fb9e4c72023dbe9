import { Link } from 'react-router';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { useMe } from '../../accounts/api/session.ts';
import { CalendarFeedPanel } from '../components/CalendarFeedPanel.tsx';
import { CsvFilesPanel } from '../components/CsvFilesPanel.tsx';
import { DigestPanel } from '../components/DigestPanel.tsx';
import { FullExportPanel } from '../components/FullExportPanel.tsx';
import '../../../components/page.css';
import '../components/exports.css';

/** What a person can take with them: spreadsheet files, a résumé, a calendar feed, and the weekly digest. */
export function DataPage() {
  useDocumentTitle('Your data · Account');
  const { data: user } = useMe();
  if (!user) return null;
  return (
    <div className="page">
      <header className="page-header">
        <h1 className="page-header__title">Your data</h1>
        <p className="page-header__lead">
          <span>
            Everything you keep in Trellis is yours to take along: as files, and into your calendar. Reports
            of a period, with charts, are on <Link to="/reports">Reports</Link>; your profile and tokens on{' '}
            <Link to="/account">Account</Link>.
          </span>
        </p>
      </header>
      <div className="page__stack">
        <FullExportPanel />
        <CsvFilesPanel />
        <CalendarFeedPanel timeZone={user.timezone} />
        <DigestPanel user={user} />
      </div>
    </div>
  );
}
