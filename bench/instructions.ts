/**
 * `npm run bench:instructions [-- --suite json,page-200]`: the JSON suite's servers (and, when
 * asked, the 200-item page's), each counted under valgrind in instructions per request
 * (lib/instruction-count.ts). Prints a table with each target's ratio to the suite's baseline,
 * inverted so that, as in the throughput tables, higher is better. Needs valgrind; takes a few
 * minutes per suite, two servers at a time.
 */
import { countInstructions, hasValgrind, type CountPlan, type InstructionCount } from './lib/instruction-count.js';
import { baselineTarget as jsonBaseline, jsonTargets } from './lib/json-suite.js';
import { ceilingTarget, enhanceTarget, pageTargets } from './lib/page-suite.js';
import { parseSuites } from './lib/parse-bench-args.js';
import { serverScript } from './lib/paths.js';
import type { ServerTarget } from './lib/rounds.js';

interface CountSuite {
  readonly name: string;
  readonly baseline: string;
  readonly targets: readonly ServerTarget[];
  readonly plan: CountPlan;
}

const suites: readonly CountSuite[] = [
  {
    name: 'json',
    baseline: jsonBaseline,
    targets: jsonTargets,
    plan: { warmupRequests: 8_000, requests: 4_000, maxRounds: 6, headers: { accept: 'application/json' } },
  },
  {
    name: 'page-200',
    baseline: ceilingTarget,
    // Enhance takes tens of milliseconds a page; under valgrind its warm-up alone would take an hour.
    targets: pageTargets({ count: 200, text: 'ascii', data: 'new' }).filter((target) => target.name !== enhanceTarget),
    plan: { warmupRequests: 3_000, requests: 1_000, maxRounds: 6, headers: { accept: 'text/html' } },
  },
];

const chosen = chooseSuites(process.argv.slice(2));
if (!(await hasValgrind())) {
  console.error('bench:instructions needs valgrind (apt-get install -y valgrind); nothing was counted.');
  process.exit(2);
}
let failed = false;
for (const suite of chosen) {
  console.log(`\n${suite.name}: main-thread instructions per GET / (rounds of ${suite.plan.requests} requests after ${suite.plan.warmupRequests}, until two agree within 1%; the last is reported)`);
  const counts = await countTwoAtATime(suite);
  const baseCount = counts.get(suite.baseline);
  const base = baseCount instanceof Error ? undefined : baseCount?.perRequest;
  for (const target of suite.targets) {
    // Every target was counted or failed: countTwoAtATime sets one or the other.
    const count = counts.get(target.name) as InstructionCount | Error;
    if (count instanceof Error) {
      failed = true;
      console.log(`  ${target.name.padEnd(34)} failed: ${count.message}`);
      continue;
    }
    const ratio = base === undefined ? '' : `${(base / count.perRequest).toFixed(3)}× ${suite.baseline}`;
    const rounds = count.rounds.map((round) => Math.round(round).toLocaleString('en-US')).join(' / ');
    if (!count.settled) failed = true;
    console.log(`  ${target.name.padEnd(34)} ${Math.round(count.perRequest).toLocaleString('en-US').padStart(11)}  ${ratio}  (rounds: ${rounds}${count.settled ? '' : '; NOT SETTLED, rerun'})`);
  }
}
process.exit(failed ? 1 : 0);

/** Two servers at a time, one per core: counts do not depend on what else runs. */
async function countTwoAtATime(suite: CountSuite): Promise<Map<string, InstructionCount | Error>> {
  const counts = new Map<string, InstructionCount | Error>();
  const queue = [...suite.targets];
  const worker = async (): Promise<void> => {
    for (let target = queue.shift(); target !== undefined; target = queue.shift()) {
      const counted = await countInstructions(serverScript(target.program), target.env ?? {}, suite.plan).catch(
        (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
      );
      counts.set(target.name, counted);
    }
  };
  await Promise.all([worker(), worker()]);
  return counts;
}

/** `--suite json,page-200` (or `--suite=…`); the JSON suite alone by default, as the page's takes far longer. */
function chooseSuites(argv: readonly string[]): readonly CountSuite[] {
  if (argv.length === 0) return suites.slice(0, 1);
  const names = suites.map((suite) => suite.name);
  const [flag, value] = argv[0]?.startsWith('--suite=') === true ? ['--suite', argv[0].slice('--suite='.length)] : argv;
  try {
    if (flag !== '--suite' || value === undefined || argv.length > (argv[0] === '--suite' ? 2 : 1)) {
      throw new Error(`bench:instructions: unexpected arguments "${argv.join(' ')}"; the only option is --suite ${names.join(',')} (default: json).`);
    }
    return parseSuites(value, names).map((name) => suites.find((suite) => suite.name === name) as CountSuite);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
}
