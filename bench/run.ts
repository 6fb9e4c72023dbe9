// Benchmarks, reported as ratios against a baseline measured in the same run on the same machine,
// so the numbers compare across machines, or as figures beside their targets: `npm run bench`.
import { execFileSync } from 'node:child_process';
import { addDays } from '../shared/calendar.ts';
import { computeProgress, type GoalNode } from '../src/goals/domain/index.ts';
import { apiBench } from './api.ts';
import { importBench } from './import.ts';
import { baseline, ratio, section, timeIt } from './measure.ts';
import { networkBench } from './network.ts';
import { postingBench } from './posting.ts';
import { processBench } from './process.ts';
import { reportsBench } from './reports.ts';
import { skillsBench } from './skills.ts';
import { webBench } from './web.ts';

/** A yearly goal with daily check-ins, split into four quarters. */
function yearGoal(checkInsPerSlice: number): GoalNode {
  const slice = (q: number): GoalNode => ({
    id: `q${q}`,
    title: `Q${q}`,
    startDate: addDays('2027-01-01', q * 91),
    dueDate: addDays('2027-01-01', q * 91 + 90),
    metric: { unit: 'h', baseline: 0, target: 100, aggregation: 'sum' },
    weight: 1,
    state: 'active',
    completedOn: null,
    checkIns: Array.from({ length: checkInsPerSlice }, (_, i) => ({
      date: addDays('2027-01-01', q * 91 + (i % 91)),
      value: 1 + (i % 3),
      createdAt: `2027-01-01T00:00:${String(i % 60).padStart(2, '0')}Z`,
    })),
    children: [],
  });
  return {
    ...slice(0),
    id: 'year',
    dueDate: '2027-12-31',
    metric: { unit: 'h', baseline: 0, target: 400, aggregation: 'sum' },
    checkIns: [],
    children: [0, 1, 2, 3].map(slice),
  };
}

async function progressBench() {
  section('Progress and forecast (pure domain rules)');
  const small = await timeIt('one goal with 4 check-ins', 20_000, () =>
    computeProgress(yearGoal(1), '2027-12-31'),
  );
  baseline(small);
  ratio(
    small,
    await timeIt('one goal with 364 check-ins (daily for a year)', 2_000, () =>
      computeProgress(yearGoal(91), '2027-12-31'),
    ),
  );
}

// The server is run compiled, as `npm start` runs it.
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-server.ts'], { stdio: 'inherit' });

// `npm run bench -- api process` runs only the sections named: progress, api, process, web, posting, import,
// skills, network, reports.
const asked = process.argv.slice(2);
const sections = {
  progress: progressBench,
  api: apiBench,
  process: processBench,
  web: webBench,
  posting: postingBench,
  import: importBench,
  skills: skillsBench,
  network: networkBench,
  reports: reportsBench,
};
for (const [name, run] of Object.entries(sections))
  if (asked.length === 0 || asked.includes(name)) await run();
