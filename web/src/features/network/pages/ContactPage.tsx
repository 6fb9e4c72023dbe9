import type { Goal } from '@shared/goals/goal.schema.ts';
import type { Contact } from '@shared/network/contact.schema.ts';
import { useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Button } from '../../../components/Button.tsx';
import { ButtonLink } from '../../../components/ButtonLink.tsx';
import { DeleteDialog } from '../../../components/ConfirmDialog.tsx';
import { DetailLoadState } from '../../../components/DetailLoadState.tsx';
import { useDetailHeading } from '../../../components/detailPage.ts';
import { focusWhenDrawn } from '../../../components/focusWhenDrawn.ts';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { Panel } from '../../../components/Panel.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { useGoals } from '../../goals/api/goals.ts';
import { formatDate, useToday } from '../../goals/components/widgets/dates.ts';
import { type Arrival, useFocusAfterSave } from '../../skills/components/arrival.ts';
import { Breadcrumb } from '../../skills/components/Breadcrumb.tsx';
import { useContact, useDeleteContact } from '../api/contacts.ts';
import { useCreateInteraction, useTimeline } from '../api/interactions.ts';
import { interactionFormBody } from '../api/schemas.ts';
import { useNetworkSettings } from '../api/settings.ts';
import { ContactDetails } from '../components/ContactDetails.tsx';
import { DueWords } from '../components/DueWords.tsx';
import { countText } from '../components/goalCount.ts';
import { InteractionForm } from '../components/InteractionForm.tsx';
import { newInteractionValues } from '../components/interactionFormValues.ts';
import { cadenceText, daysUntil, workText } from '../components/keepInTouch.ts';
import { aKind } from '../components/labels.ts';
import { RoleList } from '../components/RoleList.tsx';
import { Timeline } from '../components/Timeline.tsx';
import '../../../components/page.css';
import '../components/network.css';

/**
 * One contact: when you were last and should next be in touch, how to reach them, a quick form to
 * log an interaction, and the timeline of interactions.
 */
export function ContactPage() {
  const { id = '' } = useParams();
  const contact = useContact(id);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusAfterSave(heading, contact.isSuccess);
  const title = useDetailHeading(contact, contact.data?.name, {
    page: 'Contact',
    missing: 'Contact not found',
    failed: 'The contact could not be loaded',
  });

  return (
    <div className="page contact-page">
      <header className="page-header contact-header">
        <Breadcrumb trail={[['/network', 'Network']]} />
        <h1 className="page-header__title" ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {contact.data && <ContactHeader contact={contact.data} />}
      </header>
      <DetailLoadState query={contact} loadingLabel="Loading the contact…">
        They may have been deleted, or the link is wrong. <Link to="/network">See your network</Link>.
      </DetailLoadState>
      {contact.data && <ContactBody key={contact.data.id} contact={contact.data} />}
    </div>
  );
}

function ContactHeader({ contact }: { contact: Contact }) {
  const remove = useDeleteContact();
  const navigate = useNavigate();
  const showStatus = useStatus();
  const [confirming, setConfirming] = useState(false);
  const work = workText(contact.position, contact.company);

  function confirmDelete() {
    remove.mutate(contact.id, {
      onSuccess: () => {
        setConfirming(false);
        showStatus(`${contact.name} deleted.`);
        navigate('/network', { replace: true, state: { saved: true } satisfies Arrival });
      },
    });
  }

  return (
    <>
      {work && <p className="contact-header__work">{work}</p>}
      <RoleList roles={contact.roles} name={contact.name} />
      <div className="contact-header__actions">
        <ButtonLink variant="secondary" size="small" to={`/network/contacts/${contact.id}/edit`}>
          Edit contact
        </ButtonLink>
        <Button variant="danger-outline" className="button--small" onClick={() => setConfirming(true)}>
          Delete contact
        </Button>
      </div>
      <DeleteDialog
        open={confirming}
        title={`Delete ${contact.name}?`}
        confirmLabel="Delete contact"
        request={remove}
        onConfirm={confirmDelete}
        onCancel={() => setConfirming(false)}
      >
        <p>
          The interactions you had with {contact.name} alone go too, with what they counted on your goals;
          those with others stay, without {contact.name}. This cannot be undone.
        </p>
      </DeleteDialog>
    </>
  );
}

function ContactBody({ contact }: { contact: Contact }) {
  const timeline = useTimeline(contact.id);
  const goals = useGoals();
  const settings = useNetworkSettings();
  const today = useToday();
  const goalsById = new Map(goals.data?.map((g) => [g.id, g]));

  return (
    <div className="page__stack">
      <section className="contact-clock-card" aria-labelledby="clock-title">
        <h2 id="clock-title" className="visually-hidden">
          Keep in touch
        </h2>
        <dl className="contact-clock contact-clock--large">
          <div>
            <dt>Last contacted</dt>
            <dd>
              {contact.lastContactedOn ? (
                <time dateTime={contact.lastContactedOn}>{formatDate(contact.lastContactedOn)}</time>
              ) : (
                'Not yet'
              )}
            </dd>
          </div>
          <div>
            <dt>Next contact</dt>
            <dd>
              {contact.nextContactOn ? (
                <>
                  <time dateTime={contact.nextContactOn}>{formatDate(contact.nextContactOn)}</time>{' '}
                  <DueWords daysUntil={daysUntil(contact.nextContactOn, today)} />
                </>
              ) : (
                'No date'
              )}
            </dd>
          </div>
          <div>
            <dt>Cadence</dt>
            <dd>{cadenceText(contact, settings.data?.cadenceByRole)}</dd>
          </div>
        </dl>
      </section>
      <QuickLog contact={contact} today={today} goals={goalsById} />
      <Panel id="timeline" title="Timeline">
        {timeline.isPending && <Loading label="Loading the timeline…" />}
        {timeline.isError && <LoadError error={timeline.error} onRetry={() => void timeline.refetch()} />}
        {timeline.data && (
          <Timeline contact={contact} interactions={timeline.data} goals={goalsById} today={today} />
        )}
      </Panel>
      <Panel id="details" title="Details">
        <ContactDetails contact={contact} />
      </Panel>
    </div>
  );
}

/** The quick form: today unless changed, a kind, notes, a follow-up and a goal; then what it did. */
function QuickLog({
  contact,
  today,
  goals,
}: {
  contact: Contact;
  today: string;
  goals: ReadonlyMap<string, Goal>;
}) {
  const create = useCreateInteraction();
  const showStatus = useStatus();
  const [result, setResult] = useState<string | null>(null);

  return (
    <section className="log-interaction" id="log" aria-labelledby="log-title">
      <h2 id="log-title" className="log-interaction__title">
        Log an interaction
      </h2>
      <p className="log-interaction__lead">
        A meeting, call or message with {contact.name}: it starts the keep-in-touch clock again.
      </p>
      <InteractionForm
        idPrefix="log"
        today={today}
        initial={newInteractionValues(today)}
        schema={interactionFormBody(today)}
        extra={{ contactIds: [contact.id] }}
        submitLabel="Log interaction"
        pendingLabel="Logging…"
        pending={create.isPending}
        serverError={create.error}
        onSubmit={(body, reset) => {
          setResult(null);
          create.mutate(body, {
            onSuccess: (saved) => {
              const counted = countText(saved, saved.goalId ? goals.get(saved.goalId) : undefined);
              const sentence = `Logged ${aKind(saved.kind)} on ${formatDate(saved.date)}.${counted ? ` ${counted}` : ''}`;
              showStatus(sentence);
              setResult(sentence);
              reset();
              focusWhenDrawn('log-notes');
            },
          });
        }}
      />
      {result && <Notice className="log-interaction__result">{result}</Notice>}
    </section>
  );
}
