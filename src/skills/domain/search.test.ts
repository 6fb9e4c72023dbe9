import { describe, expect, it } from 'vitest';
import { rankEntries, rankText } from './search.ts';

const entry = (id: string, name: string, ...aliases: string[]) => ({
  id,
  search: [name, ...aliases].map((t) => t.toLowerCase()).join('\n'),
});
const ids = (entries: { id: string }[]) => entries.map((e) => e.id);

describe('rankText', () => {
  it('ranks equal 0, a start 1, a word inside 2, anything else no match', () => {
    expect(rankText('Go', 'go')).toBe(0);
    expect(rankText('  Machine   Learning ', 'machine learning')).toBe(0);
    expect(rankText('Golang', 'go')).toBe(1);
    expect(rankText('Machine Learning', 'learn')).toBe(2);
    // After a hyphen, a slash, a dot or a bracket too.
    expect(rankText('Continuous-Integration', 'integ')).toBe(2);
    expect(rankText('CI/CD', 'cd')).toBe(2);
    expect(rankText('ASP.NET', 'net')).toBe(2);
    expect(rankText('Cloud (AWS)', 'aws')).toBe(2);
    // Inside a word is no match: "script" is not a word of "JavaScript".
    expect(rankText('JavaScript', 'script')).toBeNull();
    expect(rankText('Django', 'go')).toBeNull();
  });
});

describe('rankEntries', () => {
  const catalogue = [
    entry('1', 'JavaScript', 'JS'),
    entry('2', 'Java'),
    entry('3', 'Java EE'),
    entry('4', 'Enterprise Java Beans', 'EJB'),
    entry('5', 'Kotlin', 'java alternative'),
    entry('6', 'Javelin Throw'),
  ];

  it('orders exact names and aliases first, then starts, then words inside; ties by name', () => {
    // "java": exact Java; starts: Java EE, java alternative (Kotlin's alias), JavaScript by name key
    // ("java alternative" is Kotlin's alias, but ties are by the entry's name: "java ee" < "javascript"
    // < "kotlin"); inside: Enterprise Java Beans. "Javelin" does not start with "java".
    expect(ids(rankEntries(catalogue, 'java'))).toEqual(['2', '3', '1', '5', '4']);
    expect(ids(rankEntries(catalogue, 'JS'))).toEqual(['1']);
    expect(ids(rankEntries(catalogue, 'ejb'))).toEqual(['4']);
  });

  it('lists everything by name without a query, and is the same whatever the order it was given in', () => {
    expect(ids(rankEntries(catalogue, '  '))).toEqual(['4', '2', '3', '1', '6', '5']);
    expect(ids(rankEntries([...catalogue].reverse(), 'java'))).toEqual(['2', '3', '1', '5', '4']);
  });
});
