import { STATUS_LABELS as SHARED } from '@shared/goals/status-labels.ts';
import { describe, expect, it } from 'vitest';
import { STATUS_LABELS } from './labels.ts';

describe('STATUS_LABELS', () => {
  it('names every status as the report files do', () => {
    expect(STATUS_LABELS).toEqual(SHARED);
  });
});
