import { describe, expect, it } from 'vitest';
import { downloadHref } from './reports.ts';

describe('downloadHref', () => {
  it('asks the report endpoint for the same period as a file', () => {
    expect(downloadHref({ kind: 'quarter', date: '2027-03-31' }, 'md')).toBe(
      '/api/v1/reports?period=quarter&date=2027-03-31&format=md',
    );
    expect(downloadHref({ kind: 'range', from: '2027-01-03', to: '2027-02-09' }, 'pdf')).toBe(
      '/api/v1/reports?from=2027-01-03&to=2027-02-09&format=pdf',
    );
    expect(downloadHref({ kind: 'week', date: null }, 'csv')).toBe('/api/v1/reports?period=week&format=csv');
  });
});
