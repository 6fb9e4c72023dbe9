// The credit lines the catalogues' licences ask for: O*NET's as its release words it, and both as
// the README shows them.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { creditFor, ESCO_CREDIT, ONET_CREDIT } from '../../../shared/skills/credits.ts';
import { fixture } from '../../../test/fixtures.ts';
import { fromRoot } from '../../paths.ts';

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

describe('the catalogues’ credit lines', () => {
  it('words O*NET’s credit as its SOURCE.txt requires', () => {
    const source = oneLine(fs.readFileSync(fixture('onet', 'SOURCE.txt'), 'utf8'));
    const required = /Required credit: "([^"]+)"/.exec(source)?.[1];
    expect(required?.replace('O*NET(R)', 'O*NET®')).toBe(ONET_CREDIT);
  });

  it('shows both in the README', () => {
    const readme = oneLine(fs.readFileSync(fromRoot('README.md'), 'utf8'));
    expect(readme).toContain(ONET_CREDIT);
    expect(readme).toContain(ESCO_CREDIT);
  });

  it('gives an imported entry its source’s credit, and the others none', () => {
    expect([creditFor('onet'), creditFor('esco'), creditFor('builtin'), creditFor('custom')]).toEqual([
      ONET_CREDIT,
      ESCO_CREDIT,
      null,
      null,
    ]);
  });
});
