/**
 * `npm run bench [-- --suite json,ssr,page] [--seconds N]`: runs the chosen suites in one process,
 * prints each table with its target checks, and writes the same as markdown: to bench/RESULTS.md
 * when every suite ran, to bench/RESULTS.partial.md (git-ignored) when only some did.
 * Exits 1 when a suite crashed or a target could not be measured, so CI notices a broken bench.
 */
import { writeFile } from 'node:fs/promises';
import { describeRun } from './lib/machine.js';
import { parseBenchArgs, secondsRange } from './lib/parse-bench-args.js';
import { resultsPathFor } from './lib/paths.js';
import { formatChecks, formatTable, renderMarkdown, type SuiteReport } from './lib/report.js';
import { allSuites } from './lib/suites.js';
import type { Row, Suite } from './lib/suite.js';

// Marks a note as a suite that threw, so the exit code can tell it from an informational note.
const crashPrefix = 'suite crashed: ';

const argv = process.argv.slice(2);
let args;
try {
  args = parseBenchArgs(argv, allSuites.map((suite) => suite.name));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}

if (args.help) {
  console.log(
    [
      'usage: npm run bench -- [--suite NAMES] [--seconds N]',
      `  --suite NAMES  comma-separated, default all: ${allSuites.map((suite) => suite.name).join(',')}`,
      `  --seconds N    measured window per target, ${secondsRange.min}–${secondsRange.max}, default 5`,
      '',
      ...allSuites.map((suite) => `  ${suite.name.padEnd(Math.max(...allSuites.map((each) => each.name.length)))} ${suite.description}`),
    ].join('\n'),
  );
  process.exit(0);
}

const context = describeRun(argv);
console.log(`bench: ${context.node} on ${context.cpu} (${context.cores} cores); ${args.seconds} s per target`);

const reports: SuiteReport[] = [];
let healthy = true;
for (const name of args.suites) {
  const suite = allSuites.find((candidate) => candidate.name === name)!;
  const report = await runSuite(suite, args.seconds);
  healthy &&= report.rows.every((row) => Number.isFinite(row.rate)) && !report.notes.some(isCrash);
  printReport(report);
  reports.push(report);
}

const written = resultsPathFor(args.suites, allSuites.map((suite) => suite.name));
await writeFile(written, renderMarkdown(context, reports));
console.log(`\nwrote ${written}`);
process.exitCode = healthy ? 0 : 1;

async function runSuite(suite: Suite, seconds: number): Promise<SuiteReport> {
  const notes: string[] = [];
  const started = performance.now();
  let rows: Row[] = [];
  try {
    rows = await suite.run({ seconds, log: (line) => console.log(line), note: (line) => notes.push(line) });
  } catch (error) {
    // One broken suite must not cost the numbers of the others.
    notes.push(`${crashPrefix}${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  return {
    name: suite.name,
    rows,
    checks: suite.checkTargets?.(rows) ?? [],
    notes,
    elapsedSeconds: (performance.now() - started) / 1000,
  };
}

function printReport(report: SuiteReport): void {
  console.log(`\n== ${report.name} (${report.elapsedSeconds.toFixed(1)} s)`);
  if (report.rows.length > 0) console.log(formatTable(report.rows));
  if (report.checks.length > 0) console.log(formatChecks(report.checks));
  for (const note of report.notes) console.log(`note: ${note}`);
}

function isCrash(note: string): boolean {
  return note.startsWith(crashPrefix);
}
