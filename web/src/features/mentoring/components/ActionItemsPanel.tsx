import { useState } from 'react';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { Panel } from '../../../components/Panel.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { useActionItems, useCreateActionItem } from '../api/actionItems.ts';
import { ActionItemForm } from './ActionItemForm.tsx';
import { ActionItemList } from './ActionItemList.tsx';
import { newActionItemValues } from './entryFormValues.ts';
import { otherName } from './mentorshipText.ts';
import type { PanelProps } from './SessionsPanel.tsx';
import './entries.css';
import { focusWhenDrawn } from '../../../components/focusWhenDrawn.ts';

export interface ActionItemsPanelProps extends PanelProps {
  goals: readonly { id: string; title: string; to: string }[];
  goalsHint: string;
}

/**
 * A mentorship's action items, open first, and (while active) a folded form to add one for either
 * side, for one of the mentee's goals.
 */
export function ActionItemsPanel({
  mentorship: m,
  today,
  writable,
  goals,
  goalsHint,
}: ActionItemsPanelProps) {
  const items = useActionItems(m.id);
  const create = useCreateActionItem(m.id);
  const showStatus = useStatus();
  const [formKey, setFormKey] = useState(0);
  const other = otherName(m);
  const assignees = [
    ['mentee', m.myRole === 'mentee' ? 'You (the mentee)' : `${other} (the mentee)`],
    ['mentor', m.myRole === 'mentor' ? 'You (the mentor)' : `${other} (the mentor)`],
  ] as const;
  const goalsById = new Map(goals.map((g) => [g.id, g]));

  return (
    <Panel
      id="action-items"
      title="Action items"
      description={<p>What each of you will do before you meet again. Either of you ticks an item done.</p>}
    >
      {writable && (
        <details className="add-details" id="add-action-item">
          <summary className="add-details__summary">Add an action item</summary>
          <ActionItemForm
            key={formKey}
            idPrefix="new-action"
            initial={newActionItemValues()}
            assignees={assignees}
            goals={goals.map((g) => [g.id, g.title] as const)}
            goalsHint={goalsHint}
            submitLabel="Add action item"
            pendingLabel="Adding…"
            pending={create.isPending}
            serverError={create.error}
            onCreate={(body, reset) =>
              create.mutate(body, {
                onSuccess: (item) => {
                  showStatus(`“${item.title}” added.`);
                  reset();
                  create.reset();
                  setFormKey((k) => k + 1);
                  focusWhenDrawn('action-items-count');
                },
              })
            }
          />
        </details>
      )}
      {items.isPending && <Loading label="Loading the action items…" />}
      {items.isError && <LoadError error={items.error} onRetry={() => void items.refetch()} />}
      {items.data && (
        <ActionItemList
          mentorship={m}
          items={items.data}
          goals={goalsById}
          today={today}
          countId="action-items-count"
        />
      )}
    </Panel>
  );
}
