import type { Content } from '@shared/content/content.schema.ts';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../api/client.ts';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { useToday } from '../../goals/components/widgets/dates.ts';
import { useSkillNames } from '../../skills/api/skillNames.ts';
import { useContent } from '../api/content.ts';
import { arrivedFrom, type ContentArrival } from '../components/arrival.ts';
import { ContentForm } from '../components/ContentForm.tsx';
import { contentValues, newContentValues } from '../components/contentFormValues.ts';
import '../../../components/page.css';
import '../components/content.css';

/** `/content/new` and `/content/:id/edit`: an entry of the log, every field of it. */
export function ContentFormPage() {
  const { id } = useParams();
  const entry = useContent(id ?? '', Boolean(id));
  const skills = useSkillNames(entry.data?.skillIds ?? []);
  const navigate = useNavigate();
  const location = useLocation();
  const showStatus = useStatus();
  const today = useToday();
  const from = arrivedFrom(location.state);
  const missing = entry.error instanceof ApiError && entry.error.status === 404;
  const title = id ? 'Edit entry' : 'Log something';
  useDocumentTitle(missing ? 'Entry not found' : title);

  function onCancel() {
    // Back where the person came from, or to the log when they opened the form directly.
    if (location.key !== 'default') navigate(-1);
    else navigate(from ?? '/content');
  }

  function onSaved(saved: Content) {
    showStatus(id ? `“${saved.title}” is saved.` : `“${saved.title}” is in your log.`);
    // The list focuses the entry's heading when it arrives with `focus`.
    navigate(from ?? '/content', { replace: true, state: { focus: saved.id } satisfies ContentArrival });
  }

  return (
    <div className="page content-form-page">
      <header className="page-header">
        <p className="content-form-page__back">
          <Link to={from ?? '/content'}>Content</Link>
        </p>
        <h1 className="page-header__title">{missing ? 'Entry not found' : title}</h1>
        <p className="page-header__lead">
          {entry.data ? (
            <span>
              Changing <strong>{entry.data.title}</strong>
            </span>
          ) : (
            !id && (
              <span>An article, episode, video, book, newsletter, talk or paper: what you took from it.</span>
            )
          )}
        </p>
      </header>
      {id && entry.isPending && <Loading label="Loading the entry…" />}
      {id &&
        entry.isError &&
        (missing ? (
          <p>
            It may have been deleted, or the link is wrong. <Link to="/content">Back to your log</Link>.
          </p>
        ) : (
          <LoadError error={entry.error} onRetry={() => void entry.refetch()} />
        ))}
      {id && entry.data && skills.pending && <Loading label="Loading its skills…" />}
      {(!id || (entry.data && !skills.pending)) && (
        <ContentForm
          key={entry.data?.id ?? 'new'}
          initial={
            entry.data
              ? contentValues(
                  entry.data,
                  entry.data.skillIds.flatMap((s) => skills.names.get(s) ?? []),
                )
              : newContentValues()
          }
          entry={entry.data}
          today={today}
          onSaved={onSaved}
          onCancel={onCancel}
        />
      )}
    </div>
  );
}
