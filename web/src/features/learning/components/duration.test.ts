import { describe, expect, it } from 'vitest';
import { formatMinutes, parseDuration, spokenMinutes } from './duration.ts';

describe('parseDuration', () => {
  it('reads a bare number as minutes', () => {
    expect(parseDuration('90')).toBe(90);
    expect(parseDuration(' 45 ')).toBe(45);
    expect(parseDuration('0')).toBe(0);
  });

  it('reads hours and minutes written with a colon', () => {
    expect(parseDuration('1:30')).toBe(90);
    expect(parseDuration('0:45')).toBe(45);
    expect(parseDuration('24:00')).toBe(1_440);
  });

  it('reads hours and minutes spelled with units, in any case and spacing', () => {
    expect(parseDuration('1h 30m')).toBe(90);
    expect(parseDuration('1h30m')).toBe(90);
    expect(parseDuration('1 H 30 MIN')).toBe(90);
    expect(parseDuration('2 hours')).toBe(120);
    expect(parseDuration('1 hour 5 minutes')).toBe(65);
    expect(parseDuration('45 min')).toBe(45);
    expect(parseDuration('45m')).toBe(45);
  });

  it('reads decimal hours that make whole minutes, with a point or a comma', () => {
    expect(parseDuration('1.5h')).toBe(90);
    expect(parseDuration('2,25 h')).toBe(135);
    expect(parseDuration('0.1h')).toBe(6);
  });

  it('answers null for what is not a time, or not whole minutes', () => {
    for (const text of ['', 'abc', '1:75', '1:5', '1.5', 'h', '90 s', '-30', '1h 30', '0.01h', '1.01 h']) {
      expect(parseDuration(text), text).toBeNull();
    }
  });
});

describe('formatMinutes', () => {
  it('writes minutes, whole hours, and hours with minutes', () => {
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(60)).toBe('1 h');
    expect(formatMinutes(90)).toBe('1 h 30 min');
    expect(formatMinutes(1_565)).toBe('26 h 5 min');
    expect(formatMinutes(0)).toBe('0 min');
  });
});

describe('spokenMinutes', () => {
  it('spells units out, singular for one', () => {
    expect(spokenMinutes(1)).toBe('1 minute');
    expect(spokenMinutes(60)).toBe('1 hour');
    expect(spokenMinutes(61)).toBe('1 hour 1 minute');
    expect(spokenMinutes(150)).toBe('2 hours 30 minutes');
    expect(spokenMinutes(0)).toBe('0 minutes');
  });
});
