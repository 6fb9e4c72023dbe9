import type { Contact } from '@shared/network/contact.schema.ts';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../api/client.ts';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { useToday } from '../../goals/components/widgets/dates.ts';
import type { Arrival } from '../../skills/components/arrival.ts';
import { Breadcrumb } from '../../skills/components/Breadcrumb.tsx';
import { useContact } from '../api/contacts.ts';
import { ContactForm } from '../components/ContactForm.tsx';
import { contactValues, newContactValues } from '../components/contactFormValues.ts';
import '../../../components/page.css';
import '../components/network.css';

/** `/network/contacts/new` and `/network/contacts/:id/edit`: a contact, every field of it. */
export function ContactFormPage() {
  const { id } = useParams();
  const editing = useContact(id ?? '', Boolean(id));
  const navigate = useNavigate();
  const location = useLocation();
  const showStatus = useStatus();
  const today = useToday();
  const missing = editing.error instanceof ApiError && editing.error.status === 404;
  const title = id ? 'Edit contact' : 'Add a contact';
  useDocumentTitle(missing ? 'Contact not found' : title);

  function onCancel() {
    if (location.key !== 'default') navigate(-1);
    else navigate(id ? `/network/contacts/${id}` : '/network');
  }

  function onSaved(contact: Contact) {
    showStatus(id ? `${contact.name} saved.` : `${contact.name} added to your network.`);
    navigate(`/network/contacts/${contact.id}`, { replace: true, state: { saved: true } satisfies Arrival });
  }

  return (
    <div className="page contact-form-page">
      <header className="page-header">
        <Breadcrumb
          trail={[
            ['/network', 'Network'],
            ...(editing.data ? [[`/network/contacts/${editing.data.id}`, editing.data.name] as const] : []),
          ]}
        />
        <h1 className="page-header__title">{missing ? 'Contact not found' : title}</h1>
        <p className="page-header__lead">
          {editing.data ? (
            <span>
              Changing <strong>{editing.data.name}</strong>
            </span>
          ) : (
            !id && (
              <span>
                Someone you know: how to reach them, what they are to you, how often to keep in touch.
              </span>
            )
          )}
        </p>
      </header>
      {id && editing.isPending && <Loading label="Loading the contact…" />}
      {id &&
        editing.isError &&
        (missing ? (
          <p>
            They may have been deleted, or the link is wrong. <Link to="/network">See your network</Link>.
          </p>
        ) : (
          <LoadError error={editing.error} onRetry={() => void editing.refetch()} />
        ))}
      {(!id || editing.data) && (
        <ContactForm
          key={editing.data?.id ?? 'new'}
          initial={editing.data ? contactValues(editing.data) : newContactValues()}
          contact={editing.data}
          today={today}
          onSaved={onSaved}
          onCancel={onCancel}
        />
      )}
    </div>
  );
}
