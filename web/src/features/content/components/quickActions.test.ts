import { describe, expect, it } from 'vitest';
import { quickActions } from './quickActions.ts';

const TODAY = '2026-03-12';
const offered = (status: Parameters<typeof quickActions>[0]) =>
  quickActions(status, TODAY).map((a) => [a.label, a.body]);

describe('the status changes a card offers', () => {
  it('starts, finishes today or abandons a queued entry', () => {
    expect(offered('queued')).toEqual([
      ['Start', { status: 'in_progress' }],
      ['Done today', { status: 'done', consumedOn: TODAY }],
      ['Abandon', { status: 'abandoned' }],
    ]);
  });

  it('finishes today or abandons an entry in progress', () => {
    expect(offered('in_progress')).toEqual([
      ['Done today', { status: 'done', consumedOn: TODAY }],
      ['Abandon', { status: 'abandoned' }],
    ]);
  });

  it('queues an abandoned entry again, without its date, and offers nothing once done', () => {
    expect(offered('abandoned')).toEqual([['Queue again', { status: 'queued', consumedOn: null }]]);
    expect(offered('done')).toEqual([]);
  });

  it('says what it did, by the entry’s title', () => {
    expect(quickActions('queued', TODAY).map((a) => a.said('Thinking in Systems'))).toEqual([
      'You started “Thinking in Systems”.',
      '“Thinking in Systems” is done, dated today.',
      'You gave up on “Thinking in Systems”.',
    ]);
  });
});
