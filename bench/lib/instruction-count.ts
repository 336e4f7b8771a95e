/**
 * Instructions per request, counted rather than timed: a bench server runs under valgrind's
 * callgrind, is warmed up, and then serves a fixed number of requests while callgrind counts the
 * instructions its main thread executes. The count does not move with the host's load (settled
 * rounds agree within 1%, two runs of the same server within about 3%), so it can compare servers,
 * or two builds of one, where a throughput ratio on a shared machine cannot (bench/README.md,
 * "Counting instructions").
 *
 * What it leaves out: the kernel (the socket writes), other threads (GC helpers, libuv's pool),
 * and what an instruction costs (cache misses, branch mispredictions). So it ranks work done in
 * user space; throughput remains the measure of speed.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import autocannon from 'autocannon';
import { startListeningChild } from './listening-child.js';

const run = promisify(execFile);

/** How one target is counted. */
export interface CountPlan {
  /** Requests served before counting, so V8 has compiled the hot code. */
  readonly warmupRequests: number;
  /** Requests per counted round. */
  readonly requests: number;
  /** At most this many rounds are counted while waiting for two in a row to agree. */
  readonly maxRounds: number;
  readonly headers: Readonly<Record<string, string>>;
}

/** One target's counts. */
export interface InstructionCount {
  /** Main-thread instructions per request in the last round counted. */
  readonly perRequest: number;
  /** Every round's count, in order. */
  readonly rounds: readonly number[];
  /** Whether the last two rounds agreed within `settledWithin`; if not, the count is suspect. */
  readonly settled: boolean;
}

/**
 * The valgrind command line. V8 compiles on a background thread by default; under valgrind that
 * thread runs so slowly that hot code stays unoptimised for most of a run, so compilation is made
 * synchronous, as it is in effect on a real machine long before a measurement ends.
 */
const valgrind = ['valgrind', '--tool=callgrind', '--smc-check=all-non-file', '--callgrind-out-file=/dev/null'];
const nodeArgs = ['--no-concurrent-recompilation'];

/** Whether valgrind is installed; the instruction counts need it (`apt-get install -y valgrind`). */
export async function hasValgrind(): Promise<boolean> {
  try {
    await run('valgrind', ['--version']);
    return true;
  } catch {
    return false;
  }
}

/** Counts `script`'s instructions per request on `GET /`. */
export async function countInstructions(script: string, env: Readonly<Record<string, string>>, plan: CountPlan): Promise<InstructionCount> {
  const child = await startListeningChild({
    wrapper: valgrind,
    nodeArgs,
    args: [script],
    label: `${script} (under valgrind):`,
    env,
    // Start-up is 20–50 times slower under valgrind.
    readyTimeoutMs: 180_000,
    killAfterMs: 5_000,
    stderrKeep: 4096,
  });
  try {
    // The first requests compile the app under valgrind, slowly enough that one may outlast the
    // server's own request timeout; the warm-up only has to warm, so its failures are not counted.
    await sendRequests(child.url, plan.warmupRequests, plan.headers, { tolerateErrors: true });
    const rounds: number[] = [];
    while (rounds.length < plan.maxRounds && !hasSettled(rounds)) {
      await callgrindControl(['--zero', String(child.pid)]);
      await sendRequests(child.url, plan.requests, plan.headers);
      const output = await callgrindControl(['-e', 'Ir', String(child.pid)]);
      rounds.push(mainThreadInstructions(output, script) / plan.requests);
    }
    return { perRequest: rounds.at(-1) ?? Number.NaN, rounds, settled: hasSettled(rounds) };
  } finally {
    await child.stop();
  }
}

/**
 * Two rounds in a row within 1% of each other. V8 keeps optimising for a while after any fixed
 * warm-up (a first round after 8,000 JSON requests still counted almost twice the next), so rounds
 * are counted until the count stops moving rather than a fixed number of times.
 */
const settledWithin = 0.01;

function hasSettled(rounds: readonly number[]): boolean {
  const [previous, last] = rounds.slice(-2);
  return previous !== undefined && last !== undefined && Math.abs(last - previous) <= settledWithin * previous;
}

async function callgrindControl(args: readonly string[]): Promise<string> {
  const { stdout } = await run('callgrind_control', args, { timeout: 30_000 });
  return stdout;
}

/**
 * The main thread's count from `callgrind_control -e Ir`, whose totals read one line per thread:
 * `   Th 1  369,956,748`. Thread 1 runs JavaScript and node:http; the others are helpers.
 */
export function mainThreadInstructions(output: string, script: string): number {
  const line = output.split('\n').find((text) => /^\s*Th\s+1\s/.test(text));
  const count = line === undefined ? Number.NaN : Number(line.trim().split(/\s+/)[2]?.replaceAll(',', ''));
  if (!Number.isFinite(count)) throw new Error(`${script}: callgrind_control printed no count for thread 1:\n${output.slice(0, 500)}`);
  return count;
}

/** Sends `amount` requests (10 connections); fails on any error or non-2xx answer unless told not to. */
async function sendRequests(url: string, amount: number, headers: Readonly<Record<string, string>>, options = { tolerateErrors: false }): Promise<void> {
  const instance = autocannon({ url: `${url}/`, connections: 10, amount, timeout: 60, headers: { ...headers } });
  // Under valgrind a request takes milliseconds; a bound keeps a stuck server from hanging the run.
  const guard = setTimeout(() => instance.stop(), 30 * 60_000);
  try {
    const result = await instance;
    if (options.tolerateErrors) return;
    if (result.errors > 0 || result.non2xx > 0 || result.requests.total < amount) {
      throw new Error(`${url}: ${result.requests.total} of ${amount} requests answered, ${result.errors} errors, ${result.non2xx} not 2xx`);
    }
  } finally {
    clearTimeout(guard);
  }
}
