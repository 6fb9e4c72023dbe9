import type { ActionItem, MentoringSession } from '@shared/mentoring/mentorship.schema.ts';
import { describe, expect, it } from 'vitest';
import {
  actionItemChange,
  actionItemInput,
  actionItemValues,
  newActionItemValues,
  newSessionValues,
  sessionInput,
  sessionValues,
} from './entryFormValues.ts';

describe('session form', () => {
  it('starts today and sends empty notes as none', () => {
    expect(sessionInput(newSessionValues('2026-03-10'))).toEqual({
      date: '2026-03-10',
      time: null,
      minutes: null,
      agenda: null,
      notes: null,
      privateNotes: null,
    });
  });

  it('gives back the session it was filled from, trimmed', () => {
    const session: MentoringSession = {
      id: 's1',
      mentorshipId: 'm1',
      date: '2026-03-09',
      agenda: 'Talk proposal',
      notes: 'Cut the intro',
      privateNotes: 'Nervous about Q&A',
      // 14:30 in Berlin on 9 March 2026 (CET, UTC+1) is 13:30 UTC.
      startsAt: '2026-03-09T13:30:00.000Z',
      minutes: 45,
      byMe: true,
      authorName: 'Ann Lee',
      createdAt: '2026-03-09T10:00:00.000Z',
      updatedAt: '2026-03-09T10:00:00.000Z',
    };
    expect(sessionInput(sessionValues(session, 'Europe/Berlin'))).toEqual({
      date: '2026-03-09',
      time: '14:30',
      minutes: 45,
      agenda: 'Talk proposal',
      notes: 'Cut the intro',
      privateNotes: 'Nervous about Q&A',
    });
    expect(
      sessionInput({ ...sessionValues(session, 'Europe/Berlin'), notes: '  Shorter  ', privateNotes: ' ' }),
    ).toMatchObject({
      notes: 'Shorter',
      privateNotes: null,
    });
  });
});

describe('action item form', () => {
  it('is for the mentee unless said otherwise, with no date or goal', () => {
    expect(actionItemInput({ ...newActionItemValues(), title: 'Draft the abstract' })).toEqual({
      title: 'Draft the abstract',
      dueOn: null,
      assignee: 'mentee',
      goalId: null,
    });
  });

  it('sends a due date and a goal when given', () => {
    expect(
      actionItemInput({ title: 'Book a room', dueOn: '2026-03-20', assignee: 'mentor', goalId: 'g1' }),
    ).toEqual({ title: 'Book a room', dueOn: '2026-03-20', assignee: 'mentor', goalId: 'g1' });
  });

  it('changes only the title and the due date of an item, clearing the date when emptied', () => {
    const item: ActionItem = {
      id: 'a1',
      mentorshipId: 'm1',
      title: 'Draft the abstract',
      dueOn: '2026-03-20',
      assignee: 'mentee',
      goalId: 'g1',
      done: false,
      doneOn: null,
      byMe: true,
      mine: true,
      withName: 'Bob Stone',
      createdAt: '2026-03-09T10:00:00.000Z',
      updatedAt: '2026-03-09T10:00:00.000Z',
    };
    expect(actionItemValues(item)).toEqual({
      title: 'Draft the abstract',
      dueOn: '2026-03-20',
      assignee: 'mentee',
      goalId: 'g1',
    });
    expect(actionItemChange({ ...actionItemValues(item), dueOn: '' })).toEqual({
      title: 'Draft the abstract',
      dueOn: null,
    });
  });
});
