/**
 * `npm run soak -- [--seconds N] [--root DIR] [--clients N] [--cycles N]`: starts the app with the real
 * CLI in a child process (production mode, a fresh 40-character secret), drives mixed traffic at it
 * for N seconds (or until each client ran `--cycles` cycles), samples the child's RSS every 10 s,
 * stops it with SIGTERM and prints a report.
 * Exits 0 when no request erred and the child exited 0; 1 otherwise; 2 for a bad command line.
 */
import { randomBytes } from 'node:crypto';
import { startChildApp, type ChildApp, type ChildExit } from './soak/child-app.js';
import { parseSoakArgs, SoakArgsError, soakLimits, type SoakArgs } from './soak/parse-soak-args.js';
import { exampleRoot } from './soak/paths.js';
import { readRssKb } from './soak/read-rss.js';
import { cyclesBound, formatRss, isSoakPassing, renderSoakReport, sumCounts, type RssSample } from './soak/report.js';
import { createTally, type Tally } from './soak/tally.js';
import { runTraffic, soakKinds } from './soak/traffic.js';

const requestTimeoutMs = 5_000;
const sampleEveryMs = 10_000;
const killAfterMs = 12_000;
// Start-up (15 s), the last requests in flight (5 s) and the stop (12 s), with room to spare.
const graceMs = 45_000;

const usage = `usage: npm run soak -- [--seconds N] [--root DIR] [--clients N] [--cycles N]
  --seconds N   how long traffic runs, ${soakLimits.seconds.min}–${soakLimits.seconds.max}, default 60
  --root DIR    the project folder holding app/, default the example (its routes are what the soak sends)
  --clients N   concurrent clients, ${soakLimits.clients.min}–${soakLimits.clients.max}, default 16
  --cycles N    stop each client after N cycles of mixed requests (cycle 1 sends every kind), even
                before the time is up; default no bound but the time
`;

async function main(argv: string[]): Promise<number> {
  let args: SoakArgs;
  try {
    args = parseSoakArgs(argv, exampleRoot);
  } catch (error) {
    if (!(error instanceof SoakArgsError)) throw error;
    process.stderr.write(`soak: ${error.message}\n\n${usage}`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(usage);
    return 0;
  }
  let child: ChildApp;
  try {
    child = await startChildApp({ root: args.root, env: { NODE_ENV: 'production', ARC_APP_SECRET: randomBytes(20).toString('hex') } });
  } catch (error) {
    process.stderr.write(`soak: could not start the app in ${args.root}: ${(error as Error).message}\n`);
    return 1;
  }
  const watchdog = setTimeout(() => {
    child.kill();
    process.stderr.write(`soak: still running ${args.seconds} s + ${graceMs / 1000} s after the start; killed the app (pid ${child.pid}).\n`);
    process.exit(1);
  }, args.seconds * 1000 + graceMs);
  try {
    return await soak(args, child);
  } finally {
    clearTimeout(watchdog);
    child.kill();
  }
}

async function soak(args: SoakArgs, child: ChildApp): Promise<number> {
  process.stdout.write(`soak: app pid ${child.pid} at ${child.url}; ${args.seconds} s${cyclesBound(args.cycles)}, ${args.clients} clients\n`);
  const tally = createTally(soakKinds.map((kind) => kind.kind));
  const rss: RssSample[] = [{ label: 'start', kb: await readRssKb(child.pid) }];
  const started = Date.now();
  let sampling: Promise<void> = Promise.resolve();
  const sampler = setInterval(() => {
    sampling = sampleRss(child.pid, started, tally, rss);
  }, sampleEveryMs);
  try {
    await runTraffic({ url: child.url, clients: args.clients, deadline: started + args.seconds * 1000, cycles: args.cycles, timeoutMs: requestTimeoutMs, tally });
  } finally {
    clearInterval(sampler);
  }
  const elapsedMs = Date.now() - started;
  await sampling;
  rss.push({ label: 'end', kb: await readRssKb(child.pid) });
  const exit: ChildExit = await child.stop(killAfterMs);
  const summary = { ...args, elapsedMs, kinds: soakKinds, counts: tally.counts, rss, exit, stderrTail: child.stderrTail() };
  process.stdout.write(`\n${renderSoakReport(summary)}`);
  return isSoakPassing(summary) ? 0 : 1;
}

/** One periodic sample, with a progress line so a long run shows it is alive. */
async function sampleRss(pid: number, started: number, tally: Tally, rss: RssSample[]): Promise<void> {
  const seconds = Math.round((Date.now() - started) / 1000);
  const kb = await readRssKb(pid);
  rss.push({ label: `${seconds} s`, kb });
  const { requests, errors } = sumCounts(tally.counts);
  process.stdout.write(`[${seconds} s] ${requests} requests, ${errors} errors, rss ${formatRss(kb)}\n`);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`soak: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
