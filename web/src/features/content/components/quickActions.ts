// The status changes an entry's card offers, from where the entry stands.
import type { UpdateContentBody } from '@shared/content/content.schema.ts';
import type { ContentStatus } from './labels.ts';

/** A change of status a card offers, and what it says once done. */
export interface QuickAction {
  key: string;
  label: string;
  body: UpdateContentBody;
  said: (title: string) => string;
}

/** The status changes that make sense from where an entry stands; none once it is done. */
export function quickActions(status: ContentStatus, today: string): QuickAction[] {
  const start: QuickAction = {
    key: 'start',
    label: 'Start',
    body: { status: 'in_progress' },
    said: (title) => `You started “${title}”.`,
  };
  const done: QuickAction = {
    key: 'done',
    label: 'Done today',
    body: { status: 'done', consumedOn: today },
    said: (title) => `“${title}” is done, dated today.`,
  };
  const abandon: QuickAction = {
    key: 'abandon',
    label: 'Abandon',
    body: { status: 'abandoned' },
    said: (title) => `You gave up on “${title}”.`,
  };
  const requeue: QuickAction = {
    key: 'requeue',
    label: 'Queue again',
    body: { status: 'queued', consumedOn: null },
    said: (title) => `“${title}” is back in your queue.`,
  };
  if (status === 'queued') return [start, done, abandon];
  if (status === 'in_progress') return [done, abandon];
  if (status === 'abandoned') return [requeue];
  return [];
}
