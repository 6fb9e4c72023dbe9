// `npm test`: runs the vitest projects one after another (unit, api, browser, chaos), then prints
// one summary line, last: `N passed, N failed[, N skipped]`. Extra arguments go to vitest, e.g.
// `npm test -- --project unit` (then only the named projects run) or `npm test -- src/goals`.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { JsonTestResults } from 'vitest/reporters';

const vitestBin = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const args = process.argv.slice(2);
const projectsGiven = args.some((a) => a === '--project' || a.startsWith('--project='));
const runs = projectsGiven
  ? [args]
  : ['unit', 'api', 'browser', 'chaos'].map((p) => ['--project', p, ...args]);

const outDir = mkdtempSync(join(tmpdir(), 'trellis-test-'));
let passed = 0;
let failed = 0;
let skipped = 0;
const problems: string[] = []; // why the run failed, beyond failing tests
const failures: string[] = []; // each failing test, named again just above the summary line

for (const [i, runArgs] of runs.entries()) {
  const report = join(outDir, `report-${i}.json`);
  const vitestArgs = ['run', '--passWithNoTests', '--reporter=default', '--reporter=json'];
  const code = await vitest([...vitestArgs, `--outputFile.json=${report}`, ...runArgs]);
  const failedBefore = failed;
  if (existsSync(report)) count(JSON.parse(readFileSync(report, 'utf8')) as JsonTestResults);
  // Failing tests explain a non-zero exit; otherwise it was e.g. a failed globalSetup or an unhandled error.
  if (code !== 0 && failed === failedBefore) {
    problems.push(`vitest ${runArgs.join(' ')} exited with code ${code}: see its errors above.`);
  }
}
rmSync(outDir, { recursive: true, force: true });

if (passed + failed === 0) problems.push('No tests ran.');
if (failures.length > 0) console.error(`Failed:\n${failures.join('\n')}`);
for (const problem of problems) console.error(problem);
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 || problems.length > 0 ? 1 : 0;

function count(result: JsonTestResults): void {
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  skipped += result.numPendingTests + result.numTodoTests;
  // A test file that failed without a failing test did not load, or a hook of it failed.
  for (const file of result.testResults) {
    for (const test of file.assertionResults.filter((t) => t.status === 'failed')) {
      const why = (test.failureMessages?.[0] ?? '').split('\n')[0]!.slice(0, 300);
      failures.push(`  ${relative('.', file.name)} > ${test.fullName}: ${why}`);
    }
    if (file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed')) {
      problems.push(`Test file failed to run: ${relative('.', file.name)}: ${file.message.split('\n')[0]}`);
      failed += 1;
    }
  }
}

function vitest(vitestArgs: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [vitestBin, ...vitestArgs], { stdio: 'inherit' });
    child.on('error', (err) => {
      console.error(`Could not start vitest: ${err.message}`);
      resolve(1);
    });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}
