import { describe, expect, it } from 'vitest';
import { durationMinutes } from './duration.ts';

describe('itunes:duration in minutes', () => {
  it.each([
    ['3600', 60],
    ['74', 1], // 1.23 minutes
    ['29', 1], // half a minute rounds to 0, but an episode is at least a minute
    ['90', 2], // 1.5 rounds up
    ['89.9', 1],
    ['45:00', 45],
    ['45:29', 45],
    ['45:30', 46],
    ['75:30', 76], // minutes may run past 59 when there is no hour part
    ['1:02:30', 63], // 62.5 rounds up
    ['01:02:29', 62],
    ['10475', 175], // Giant Bombcast 603 (a fixture): 10,475 s = 174.58 minutes
    ['  0:05:00  ', 5],
  ])('reads %j as %i', (raw, minutes) => {
    expect(durationMinutes(raw)).toBe(minutes);
  });

  it.each(['', '0', '00:00:00', '1h 5m', '12:75', '1:60:00', '-5', '5:', ':30', '1:2:3:4', 'abc'])(
    'reads %j as unknown',
    (raw) => {
      expect(durationMinutes(raw)).toBeNull();
    },
  );

  it('knows no duration when there is none, or one longer than any episode', () => {
    expect(durationMinutes(undefined)).toBeNull();
    // 100,001 minutes: past the most a content entry counts.
    expect(durationMinutes(String(100_001 * 60))).toBeNull();
  });
});
