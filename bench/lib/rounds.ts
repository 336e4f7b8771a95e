/**
 * How the HTTP suites (json, page) measure: every target is a child process checked once before any
 * load, then loaded in interleaved rounds. On a shared machine throughput drifts within seconds, so
 * instead of one long window per target the measured time is split into rounds that visit every
 * target in turn (rotating who goes first); each row reports the median round.
 */
import { startChildServer, type ChildServer } from './child-server.js';
import { runLoad, type LoadResult } from './load.js';
import { messageOf } from './message-of.js';
import { serverScript } from './paths.js';
import { readProcessCpuSeconds } from './process-cpu.js';
import { median } from './stats.js';
import { createFailedRow, type Row, type SuiteOptions, type TargetCheck } from './suite.js';

/** A target of an HTTP suite: its table name and its program in bench/servers/. */
export interface ServerTarget {
  readonly name: string;
  readonly program: string;
  /** Added to the program's environment. */
  readonly env?: Readonly<Record<string, string>>;
}

/** How a suite loads its targets. */
export interface RoundsPlan {
  /** The suite's name, on its rows and progress lines. */
  readonly suite: string;
  readonly connections: number;
  /** Sent with every request, the answer check's included. */
  readonly headers: Readonly<Record<string, string>>;
  /** A pause after every warm-up and window, for targets that leave a backlog; none when absent. */
  readonly settleMs?: number;
  /** The path loaded; `/` when absent. */
  readonly path?: string;
}

/**
 * What a suite's check of one answer found. `note` goes into the row: its note when `ok`, the
 * reason it was not measured otherwise. A check resolves with its own failure instead of throwing.
 */
export interface AnswerCheck {
  readonly ok: boolean;
  readonly note: string;
}

const unit = 'req/s';
const warmupSeconds = 1;
// Shorter rounds would be dominated by connection set-up. The host's load moves in phases of a few
// seconds, so a longer run buys more rounds rather than longer ones (two identical servers measured
// 0.92–0.97× each other here over 10–12 rounds: that is the resolution to expect).
const minRoundSeconds = 1;
const maxRounds = 30;

interface Sample extends LoadResult {
  readonly cpuSeconds: number | null;
}

type Started = { readonly server: ChildServer; readonly note: string } | { readonly failure: string };

/**
 * Starts every target, checks one answer from each (a target that answers something else would be
 * measured doing different work, so it gets a failed row instead), loads the rest in rounds and
 * stops them all. One row per target in `targets` order, without ratios.
 */
export async function measureTargets(
  targets: readonly ServerTarget[],
  plan: RoundsPlan,
  checkAnswer: (url: string) => Promise<AnswerCheck>,
  options: SuiteOptions,
): Promise<Row[]> {
  const failed = new Map<string, string>();
  const notes = new Map<string, string>();
  const live = new Map<string, ChildServer>();
  try {
    for (const target of targets) {
      const started = await startTarget(target, checkAnswer);
      if ('failure' in started) failed.set(target.name, started.failure);
      else {
        live.set(target.name, started.server);
        notes.set(target.name, started.note);
      }
    }
    const samples = await measureRounds(live, plan, options);
    return targets.map((target) => {
      const failure = failed.get(target.name);
      if (failure !== undefined) return createFailedRow(plan.suite, target.name, unit, failure);
      return summarise(plan.suite, target.name, samples.get(target.name) ?? [], notes.get(target.name) ?? '');
    });
  } finally {
    await Promise.all([...live.values()].map((server) => server.stop()));
  }
}

/** The row for `name` when it counts towards a target: measured, and its note marks no problem. */
export function findCleanRow(rows: readonly Row[], name: string): Row | undefined {
  // Both a failed answer check and a load with errors or non-2xx mark the note SUSPECT.
  return rows.find((row) => row.target === name && Number.isFinite(row.rate) && row.rate > 0 && !row.note.includes('SUSPECT'));
}

/**
 * Met when subject.rate / other.rate reaches minRatio (strictly above it for "ahead of", minRatio 1);
 * not judged when either row is missing.
 */
export function checkRatio(goal: string, subject: Row | undefined, other: Row | undefined, minRatio: number): TargetCheck {
  if (subject === undefined || other === undefined) {
    return { goal, met: null, detail: 'not measured cleanly (see the table notes)' };
  }
  const ratio = subject.rate / other.rate;
  // CPU per request barely moves with the machine's other load, so it is shown as a cross-check.
  const cpuRatio = subject.cpuUsPerRequest && other.cpuUsPerRequest ? other.cpuUsPerRequest / subject.cpuUsPerRequest : null;
  return {
    goal,
    met: minRatio === 1 ? ratio > 1 : ratio >= minRatio,
    detail:
      `${Math.round(subject.rate)} / ${Math.round(other.rate)} ${unit} = ${ratio.toFixed(2)}× ${other.target}` +
      (cpuRatio === null ? '' : ` (by server CPU per request: ${cpuRatio.toFixed(2)}×)`),
  };
}

async function startTarget(target: ServerTarget, checkAnswer: (url: string) => Promise<AnswerCheck>): Promise<Started> {
  let server: ChildServer;
  try {
    server = await startChildServer(serverScript(target.program), { env: target.env });
  } catch (error) {
    return { failure: `did not start: ${messageOf(error)}` };
  }
  const check = await checkAnswer(server.url);
  if (check.ok) return { server, note: check.note };
  await server.stop();
  return { failure: check.note };
}

/** How many rounds a measured time of `seconds` per target is split into. */
function countRounds(seconds: number): number {
  return Math.max(1, Math.min(maxRounds, Math.floor(seconds / minRoundSeconds)));
}

async function measureRounds(
  live: ReadonlyMap<string, ChildServer>,
  plan: RoundsPlan,
  options: SuiteOptions,
): Promise<Map<string, Sample[]>> {
  const names = [...live.keys()];
  for (const name of names) {
    options.log(`${plan.suite}: ${name}: ${warmupSeconds} s warm-up`);
    await runLoad(`${live.get(name)!.url}${plan.path ?? '/'}`, { seconds: warmupSeconds, connections: plan.connections, headers: plan.headers });
    await settle(plan);
  }
  const rounds = countRounds(options.seconds);
  const seconds = options.seconds / rounds;
  const samples = new Map<string, Sample[]>(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (let turn = 0; turn < names.length; turn++) {
      const name = names[(round + turn) % names.length]!;
      const sample = await measureWindow(live.get(name)!, plan, seconds);
      samples.get(name)!.push(sample);
      options.log(`${plan.suite}: round ${round + 1}/${rounds}: ${name}: ${Math.round(sample.requestsPerSecond)} ${unit}`);
      await settle(plan);
    }
  }
  return samples;
}

async function measureWindow(server: ChildServer, plan: RoundsPlan, seconds: number): Promise<Sample> {
  const cpuBefore = readProcessCpuSeconds(server.pid);
  const result = await runLoad(`${server.url}${plan.path ?? '/'}`, { seconds, connections: plan.connections, headers: plan.headers });
  const cpuAfter = readProcessCpuSeconds(server.pid);
  return { ...result, cpuSeconds: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore };
}

async function settle(plan: RoundsPlan): Promise<void> {
  if (plan.settleMs === undefined) return;
  await new Promise((resolve) => setTimeout(resolve, plan.settleMs));
}

function summarise(suite: string, target: string, samples: readonly Sample[], note: string): Row {
  if (samples.length === 0) return createFailedRow(suite, target, unit, 'not measured');
  const sum = (pick: (sample: Sample) => number): number => samples.reduce((total, sample) => total + pick(sample), 0);
  const total = sum((sample) => sample.total);
  const cpuSeconds = samples.every((sample) => sample.cpuSeconds !== null) ? sum((sample) => sample.cpuSeconds!) : null;
  const problems: string[] = [];
  if (sum((sample) => sample.non2xx) > 0) problems.push(`${sum((sample) => sample.non2xx)} non-2xx responses`);
  if (sum((sample) => sample.errors) > 0) problems.push(`${sum((sample) => sample.errors)} errors (${sum((sample) => sample.timeouts)} timeouts)`);
  if (total === 0) problems.push('no responses');
  const suspect = problems.length === 0 ? '' : `SUSPECT: ${problems.join(', ')} of ${total} requests`;
  return {
    suite,
    target,
    unit,
    rate: median(samples.map((sample) => sample.requestsPerSecond)),
    p99Ms: median(samples.map((sample) => sample.p99Ms)),
    ratio: null,
    baseline: null,
    note: [suspect, note].filter((part) => part !== '').join('; '),
    samples: samples.map((sample) => sample.requestsPerSecond),
    cpuUsPerRequest: cpuSeconds === null || total === 0 ? null : (cpuSeconds / total) * 1e6,
  };
}
