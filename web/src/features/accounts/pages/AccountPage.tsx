import { Badge } from '../../../components/Badge.tsx';
import { ButtonLink } from '../../../components/ButtonLink.tsx';
import { Panel } from '../../../components/Panel.tsx';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { useMe } from '../api/session.ts';
import { DeleteAccountPanel } from '../components/DeleteAccountPanel.tsx';
import { PasswordPanel } from '../components/PasswordPanel.tsx';
import { ProfilePanel } from '../components/ProfilePanel.tsx';
import { TokensPanel } from '../components/TokensPanel.tsx';
import '../../../components/page.css';

/** Who you are in Trellis: profile, password, API tokens, and leaving. */
export function AccountPage() {
  useDocumentTitle('Account');
  const { data: user } = useMe();
  // The shell only renders pages for a signed-in person; this covers the instant of signing out.
  if (!user) return null;

  return (
    <div className="page">
      <header className="page-header">
        <h1 className="page-header__title">Account</h1>
        <p className="page-header__lead">
          <span>
            Signed in as <strong>{user.email}</strong>
          </span>
          {user.role === 'admin' && <Badge>Administrator</Badge>}
        </p>
      </header>
      <div className="page__stack">
        <ProfilePanel user={user} />
        <PasswordPanel />
        <TokensPanel timeZone={user.timezone} />
        <Panel
          id="your-data"
          title="Your data"
          description={
            <p>
              Download your goals, learning, network and more as spreadsheet files or a JSON Resume, and
              subscribe to your due dates in your calendar.
            </p>
          }
        >
          <div className="form__actions">
            <ButtonLink variant="secondary" to="/account/data">
              Your data and calendar feed
            </ButtonLink>
          </div>
        </Panel>
        <DeleteAccountPanel />
      </div>
    </div>
  );
}
