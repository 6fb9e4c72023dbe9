// The LinkedIn import: 30,000 generated connections (the current layout, with its preamble) read
// and written into a new SQLite database for one person, then the same file again (every row found
// and unchanged), then a file in which every company changed (every row updated).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AccountService } from '../src/accounts/account.service.ts';
import { loadConfig } from '../src/config.ts';
import { allMigrations, allTableRules } from '../src/features.ts';
import { readLinkedIn } from '../src/network/import/linkedin.reader.ts';
import { importLinkedIn } from '../src/network/import/linkedin.service.ts';
import { createAccess } from '../src/platform/access/access.ts';
import { systemClock } from '../src/platform/clock.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import { migrateToLatest } from '../src/platform/db/migrate.ts';
import { requestContext } from '../src/platform/http/request-context.ts';
import { figure, section } from './measure.ts';

const ROWS = 30_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A Connections.csv of `rows` people: a third with an e-mail, names and companies with commas now and then. */
export function connectionsCsv(rows: number, company = 'Company'): string {
  const lines = [
    'Notes:',
    '"Generated for the benchmark."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  for (let i = 0; i < rows; i++) {
    const last = i % 10 === 0 ? `"Person ${i}, MBA"` : `Person ${i}`;
    const email = i % 3 === 0 ? `person${i}@example.com` : '';
    const date = `${(i % 28) + 1} ${MONTHS[i % 12]} ${2010 + (i % 15)}`;
    lines.push(
      `First${i},${last},https://www.linkedin.com/in/person-${i},${email},"${company} ${i % 500}, Inc.",Engineer ${i % 7},${date}`,
    );
  }
  return lines.join('\n');
}

export async function networkBench(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-bench-network-'));
  const database = openDatabase(loadConfig({ TRELLIS_DATA_DIR: dir, LOG_LEVEL: 'silent' }).database);
  try {
    await migrateToLatest(database, allMigrations());
    const access = createAccess(database.db, allTableRules());
    const actor = await new AccountService(access, systemClock, true).register(
      { email: 'bench@example.com', name: 'Bench Person', password: 'benchmark password' },
      { role: 'member', via: 'console' },
    );
    const ctx = requestContext(actor, access, systemClock);
    const timed = async (content: string) => {
      const start = performance.now();
      const summary = await importLinkedIn(ctx, readLinkedIn(Buffer.from(content)));
      return { seconds: (performance.now() - start) / 1000, summary };
    };

    section(`LinkedIn import (SQLite, in-process): ${ROWS.toLocaleString('en-US')} connections`);
    const file = connectionsCsv(ROWS);
    const first = await timed(file);
    figure(`into a new database (${first.summary.added} added)`, first.seconds, 's', 2);
    const again = await timed(file);
    figure(`the same file again (${again.summary.unchanged} unchanged)`, again.seconds, 's', 2);
    const moved = await timed(connectionsCsv(ROWS, 'Firm'));
    figure(`every company changed (${moved.summary.updated} updated)`, moved.seconds, 's', 2);
  } finally {
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
