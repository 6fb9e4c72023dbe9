import type { Goal } from '@shared/goals/goal.schema.ts';
import { formatQuantity } from '@shared/numbers.ts';
import type { PracticeEntry } from '@shared/practice/practice.schema.ts';
import type { RefObject } from 'react';
import { DeleteDialog } from '../../../components/ConfirmDialog.tsx';
import { EditDeleteActions } from '../../../components/EditDeleteActions.tsx';
import { type EntryChangeProps, useEditInPlace, useEntryChanges } from '../../../components/entries.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { plural } from '../../goals/components/detail/family.ts';
import { formatDate } from '../../goals/components/widgets/dates.ts';
import { formatMinutes } from '../../learning/components/duration.ts';
import { feedText } from '../../learning/components/goalFeed.ts';
import { SkillLinks } from '../../learning/components/SkillLinks.tsx';
import { type SkillNames, skillsOf } from '../../skills/api/skillNames.ts';
import { useDeletePractice } from '../api/practice.ts';
import { PracticeForm } from './PracticeForm.tsx';
import { practiceValues } from './practiceFormValues.ts';
import { byWeek, weekRange, weekTitle } from './weeks.ts';

export interface PracticeWeeksProps {
  /** Entries, newest date first as the API sends them. */
  entries: readonly PracticeEntry[];
  skills: SkillNames;
  goals: readonly Goal[] | undefined;
  today: string;
  /** Where focus goes once an entry is deleted. */
  afterDelete: RefObject<HTMLElement | null>;
}

/** The practice log by ISO week, the newest first, each week with its total; each entry to change or delete. */
export function PracticeWeeks({ entries, skills, goals, today, afterDelete }: PracticeWeeksProps) {
  const remove = useDeletePractice();
  const showStatus = useStatus();
  const changes = useEntryChanges<PracticeEntry>();
  const target = changes.deleting;
  const goalOf = (entry: PracticeEntry) => goals?.find((g) => g.id === entry.goalId);

  function confirmDelete() {
    if (!target) return;
    remove.mutate(target.id, {
      onSuccess: () => {
        showStatus(`“${target.title}” of ${formatDate(target.date)} deleted.`);
        changes.stopDeleting();
        afterDelete.current?.focus();
      },
    });
  }

  const fed = target && goalOf(target);
  return (
    <>
      {byWeek(entries).map((week) => (
        <section key={week.monday} className="practice-week" aria-labelledby={`week-${week.monday}`}>
          <header className="practice-week__header">
            <h2 id={`week-${week.monday}`} className="practice-week__title">
              {weekTitle(week.monday, today)}
            </h2>
            <p className="practice-week__total">
              <span>{weekRange(week)}</span>
              <span aria-hidden="true"> · </span>
              <strong>{formatMinutes(week.minutes)}</strong> in{' '}
              {plural(week.entries.length, 'entry', 'entries')}
            </p>
          </header>
          <ul className="practice-entries">
            {week.entries.map((entry) => (
              <PracticeItem
                key={entry.id}
                entry={entry}
                skills={skills}
                goal={goalOf(entry)}
                today={today}
                {...changes.entryProps(entry)}
              />
            ))}
          </ul>
        </section>
      ))}
      <DeleteDialog
        open={target !== null}
        title="Delete this practice entry?"
        confirmLabel="Delete entry"
        request={remove}
        onConfirm={confirmDelete}
        onCancel={changes.stopDeleting}
      >
        {target && (
          <p>
            “{target.title}”, {formatMinutes(target.minutes)} on {formatDate(target.date)}, will be removed
            {target.checkIn && fed?.metric
              ? `, with its check-in of ${formatQuantity(target.checkIn.value, fed.metric.unit, 2)} on ‘${fed.title}’`
              : ''}
            . This cannot be undone.
          </p>
        )}
      </DeleteDialog>
    </>
  );
}

interface PracticeItemProps extends EntryChangeProps {
  entry: PracticeEntry;
  skills: SkillNames;
  goal: Goal | undefined;
  today: string;
}

function PracticeItem({ entry, skills, goal, today, editing, onEdit, onDelete }: PracticeItemProps) {
  // The form keeps its own save request, so closing it has nothing to clear here.
  const edit = useEditInPlace({ editing, onEdit }, '.practice-entry__edit');
  const when = formatDate(entry.date);
  const fed = feedText(entry, entry.goalId, goal);

  if (editing) {
    return (
      <li ref={edit.ref} id={`practice-${entry.id}`} className="practice-entry practice-entry--editing">
        <h3 className="visually-hidden">Change “{entry.title}”</h3>
        <PracticeForm
          idPrefix={`edit-${entry.id}`}
          today={today}
          initial={practiceValues(entry, skillsOf(entry.skillIds, skills.names))}
          entry={entry}
          onCancel={edit.close}
          onSaved={(saved) => {
            const again = feedText(saved, saved.goalId, goal);
            edit.saved(`“${saved.title}” saved.${again ? ` ${again}` : ''}`);
          }}
        />
      </li>
    );
  }

  return (
    <li ref={edit.ref} id={`practice-${entry.id}`} className="practice-entry" tabIndex={-1}>
      <div className="practice-entry__head">
        <h3 className="practice-entry__title">{entry.title}</h3>
        <p className="practice-entry__when">
          <time dateTime={entry.date}>{when}</time>
          <span aria-hidden="true"> · </span>
          <span className="practice-entry__time">{formatMinutes(entry.minutes)}</span>
        </p>
      </div>
      <SkillLinks ids={entry.skillIds} skills={skills} label={`Skills practised: ${entry.title}`} />
      {entry.description && <p className="practice-entry__text">{entry.description}</p>}
      {(entry.reflection || entry.outcome || entry.evidenceUrl) && (
        <dl className="practice-entry__facts">
          {entry.reflection && (
            <div>
              <dt>What you learned</dt>
              <dd>{entry.reflection}</dd>
            </div>
          )}
          {entry.outcome && (
            <div>
              <dt>What came of it</dt>
              <dd>{entry.outcome}</dd>
            </div>
          )}
          {entry.evidenceUrl && (
            <div>
              <dt>Evidence</dt>
              <dd>
                <a href={entry.evidenceUrl} target="_blank" rel="noreferrer noopener">
                  {entry.evidenceUrl}
                  <span className="visually-hidden"> (opens in a new tab)</span>
                </a>
              </dd>
            </div>
          )}
        </dl>
      )}
      {fed && <p className="practice-entry__fed">{fed}</p>}
      <EditDeleteActions
        block="practice-entry"
        what={`“${entry.title}” of ${when}`}
        editDisabled={skills.pending}
        onEdit={() => onEdit(true)}
        onDelete={onDelete}
      />
    </li>
  );
}
