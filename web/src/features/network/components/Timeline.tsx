import type { Goal } from '@shared/goals/goal.schema.ts';
import type { Contact } from '@shared/network/contact.schema.ts';
import type { Interaction } from '@shared/network/interaction.schema.ts';
import { useRef } from 'react';
import { messageOf } from '../../../api/errors.ts';
import { Button } from '../../../components/Button.tsx';
import { DeleteDialog } from '../../../components/ConfirmDialog.tsx';
import { EditDeleteActions } from '../../../components/EditDeleteActions.tsx';
import { type EntryChangeProps, useEditInPlace, useEntryChanges } from '../../../components/entries.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { sentence } from '../../../components/text.ts';
import { plural } from '../../goals/components/detail/family.ts';
import { formatDate } from '../../goals/components/widgets/dates.ts';
import { useDeleteInteraction, useFollowUpDone, useUpdateInteraction } from '../api/interactions.ts';
import { interactionChangeBody } from '../api/schemas.ts';
import { ContactLinks } from './ContactLinks.tsx';
import { countText } from './goalCount.ts';
import { InteractionForm } from './InteractionForm.tsx';
import { interactionValues } from './interactionFormValues.ts';
import { followUpText, namesText } from './keepInTouch.ts';
import { KIND_LABELS, kindNoun } from './labels.ts';

export interface TimelineProps {
  contact: Contact;
  /** The contact's interactions, newest first as the API sends them. */
  interactions: readonly Interaction[];
  goals: ReadonlyMap<string, Goal>;
  today: string;
}

/** "the call of Mar 2, 2026": how buttons and dialogs name an interaction. */
const whatOf = (interaction: Interaction) =>
  `the ${kindNoun(interaction.kind)} of ${formatDate(interaction.date)}`;

/** A contact's interactions, newest first: each to change inline, delete, or mark its follow-up done. */
export function Timeline({ contact, interactions, goals, today }: TimelineProps) {
  const remove = useDeleteInteraction();
  const showStatus = useStatus();
  const count = useRef<HTMLParagraphElement>(null);
  const changes = useEntryChanges<Interaction>();
  const target = changes.deleting;
  const targetGoal = target?.goalId ? goals.get(target.goalId) : undefined;
  const others = target ? target.contacts.filter((c) => c.id !== contact.id) : [];

  function confirmDelete() {
    if (!target) return;
    remove.mutate(
      { id: target.id, hadGoal: target.goalId !== null },
      {
        onSuccess: () => {
          showStatus(sentence(`${whatOf(target)} deleted`));
          changes.stopDeleting();
          count.current?.focus();
        },
      },
    );
  }

  return (
    <>
      <p className="timeline__count" ref={count} tabIndex={-1}>
        {interactions.length === 0
          ? `No interactions with ${contact.name} yet. Log the first with the form above: it starts the keep-in-touch clock again.`
          : `${plural(interactions.length, 'interaction')}, newest first`}
      </p>
      {interactions.length > 0 && (
        <ol className="timeline" aria-label={`Interactions with ${contact.name}, newest first`}>
          {interactions.map((interaction) => (
            <TimelineItem
              key={interaction.id}
              interaction={interaction}
              contact={contact}
              goal={interaction.goalId ? goals.get(interaction.goalId) : undefined}
              today={today}
              {...changes.entryProps(interaction)}
            />
          ))}
        </ol>
      )}
      <DeleteDialog
        open={target !== null}
        title={target ? `Delete ${whatOf(target)}?` : 'Delete this interaction?'}
        confirmLabel="Delete interaction"
        request={remove}
        onConfirm={confirmDelete}
        onCancel={changes.stopDeleting}
      >
        {target && (
          <p>
            It leaves the timeline of {contact.name}
            {others.length > 0 ? ` and of ${namesText(others.map((c) => c.name))}` : ''}
            {target.checkIn
              ? `, with its count of 1 on ${targetGoal ? `‘${targetGoal.title}’` : 'its goal'}`
              : ''}
            , and their last contact dates go back to the interaction before it. This cannot be undone.
          </p>
        )}
      </DeleteDialog>
    </>
  );
}

interface TimelineItemProps extends EntryChangeProps {
  interaction: Interaction;
  contact: Contact;
  goal: Goal | undefined;
  today: string;
}

function TimelineItem({ interaction, contact, goal, today, editing, onEdit, onDelete }: TimelineItemProps) {
  const update = useUpdateInteraction();
  const done = useFollowUpDone();
  const showStatus = useStatus();
  const edit = useEditInPlace({ editing, onEdit }, '.interaction__edit', update);
  // Once its follow-up is marked done, the Edit button keeps the focus the Done button had.
  const editButton = useRef<HTMLButtonElement>(null);
  const what = whatOf(interaction);
  const others = interaction.contacts.filter((c) => c.id !== contact.id);
  const followUp = followUpText(interaction, today);
  const counted = countText(interaction, goal);
  const open = interaction.followUpOn !== null && interaction.followUpDoneOn === null;

  if (editing) {
    return (
      <li ref={edit.ref} className="interaction interaction--editing">
        <InteractionForm
          idPrefix={`edit-${interaction.id}`}
          today={today}
          initial={interactionValues(interaction)}
          schema={interactionChangeBody(today)}
          {...edit.form}
          onSubmit={(body) =>
            update.mutate(
              { id: interaction.id, body, hadGoal: interaction.goalId !== null },
              { onSuccess: (saved) => edit.saved(sentence(`${whatOf(saved)} saved`)) },
            )
          }
        />
      </li>
    );
  }

  return (
    <li ref={edit.ref} className="interaction">
      <div className="interaction__main">
        <p className="interaction__line">
          <span className="interaction__kind">{KIND_LABELS[interaction.kind]}</span>
          <time className="interaction__date" dateTime={interaction.date}>
            {formatDate(interaction.date)}
          </time>
        </p>
        {others.length > 0 && (
          <p className="interaction__with">
            Also with <ContactLinks contacts={others} />
          </p>
        )}
        {interaction.notes && <p className="interaction__notes">{interaction.notes}</p>}
        {followUp && (
          <div className={followUp.overdue ? 'interaction__follow-up is-overdue' : 'interaction__follow-up'}>
            <p>{followUp.text}</p>
            {open && (
              <Button
                className="button--small"
                pending={done.isPending}
                pendingLabel="Marking done…"
                aria-label={`Mark the follow-up of ${what} done`}
                onClick={() =>
                  done.mutate(interaction.id, {
                    onSuccess: () => {
                      showStatus(`Follow-up of ${what} marked done.`);
                      editButton.current?.focus();
                    },
                  })
                }
              >
                Done
              </Button>
            )}
          </div>
        )}
        {counted && <p className="interaction__count">{counted}</p>}
        {done.isError && (
          <Notice tone="danger" role="alert">
            {messageOf(done.error)}
          </Notice>
        )}
      </div>
      <EditDeleteActions
        block="interaction"
        what={what}
        editRef={editButton}
        onEdit={() => onEdit(true)}
        onDelete={onDelete}
      />
    </li>
  );
}
