/**
 * Suite `json` (issue 3 §9): one small JSON payload served by raw node:http (the baseline), Uplift,
 * Fastify and Hono, each in its own child process. On a shared machine throughput drifts within
 * seconds, so instead of one long window per target the measured time is split into rounds that
 * visit every target in turn (rotating who goes first); each row reports the median round.
 */
import { isDeepStrictEqual } from 'node:util';
import { startChildServer, type ChildServer } from './child-server.js';
import { runLoad, type LoadResult } from './load.js';
import { serverScript } from './paths.js';
import { loadPayload } from './payload.js';
import { readProcessCpuSeconds } from './process-cpu.js';
import { median } from './stats.js';
import { addRatios, createFailedRow, type Row, type Suite, type SuiteOptions, type TargetCheck } from './suite.js';

/** A JSON target: its table name and its program in bench/servers/. */
export interface JsonTarget {
  readonly name: string;
  readonly program: string;
}

/** The baseline every ratio in this suite divides by. */
export const baselineTarget = 'raw node:http';

/** Every target, in table order. */
export const jsonTargets: readonly JsonTarget[] = [
  { name: baselineTarget, program: 'raw-node' },
  { name: 'uplift', program: 'uplift' },
  { name: 'fastify', program: 'fastify' },
  { name: 'hono', program: 'hono' },
];

const suiteName = 'json';
const unit = 'req/s';
const connections = 50;
const warmupSeconds = 1;
// Shorter rounds would be dominated by connection set-up; more than 5 add little to the median.
const minRoundSeconds = 1;
const maxRounds = 5;
// Every target is asked the same way: an API client that prefers JSON.
const requestHeaders = { accept: 'application/json' };
const minRatioToBaseline = 0.9;

/** How many rounds a measured time of `seconds` per target is split into. */
function countRounds(seconds: number): number {
  return Math.max(1, Math.min(maxRounds, Math.floor(seconds / minRoundSeconds)));
}

/** The JSON suite. */
export const jsonSuite: Suite = {
  name: suiteName,
  description: 'raw node:http vs Uplift vs Fastify vs Hono, one ~300-byte JSON payload over HTTP',
  async run(options: SuiteOptions): Promise<Row[]> {
    const payload = loadPayload();
    const failed = new Map<string, string>();
    const live = new Map<string, ChildServer>();
    try {
      for (const target of jsonTargets) {
        const started = await startTarget(target, payload);
        if (typeof started === 'string') failed.set(target.name, started);
        else live.set(target.name, started);
      }
      const samples = await measureRounds(live, options);
      const rows = jsonTargets.map((target) =>
        summarise(target.name, samples.get(target.name) ?? [], failed.get(target.name)),
      );
      return addRatios(rows, baselineTarget);
    } finally {
      await Promise.all([...live.values()].map((server) => server.stop()));
    }
  },
  checkTargets(rows: readonly Row[]): TargetCheck[] {
    const find = (name: string): Row | undefined => rows.find((row) => row.target === name && isClean(row));
    const uplift = find('uplift');
    return [
      checkRatio(`Uplift ≥ ${minRatioToBaseline}× ${baselineTarget}`, uplift, find(baselineTarget), minRatioToBaseline),
      checkRatio('Uplift ahead of Fastify', uplift, find('fastify'), 1),
      checkRatio('Uplift ahead of Hono', uplift, find('hono'), 1),
    ];
  },
};

interface Sample extends LoadResult {
  readonly cpuSeconds: number | null;
}

async function startTarget(target: JsonTarget, payload: unknown): Promise<ChildServer | string> {
  let server: ChildServer;
  try {
    server = await startChildServer(serverScript(target.program));
  } catch (error) {
    return `did not start: ${messageOf(error)}`;
  }
  const wrongAnswer = await checkAnswer(server.url, payload).catch((error: unknown) => `GET / failed: ${messageOf(error)}`);
  if (wrongAnswer === null) return server;
  await server.stop();
  return wrongAnswer;
}

// A target that answers something else would be measured doing less work: check one answer first.
async function checkAnswer(url: string, payload: unknown): Promise<string | null> {
  const response = await fetch(`${url}/`, { headers: requestHeaders, signal: AbortSignal.timeout(5_000) });
  const text = await response.text();
  if (response.status !== 200) return `GET / answered ${response.status}, expected 200: ${text.slice(0, 200)}`;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return `GET / answered non-JSON: ${text.slice(0, 200)}`;
  }
  return isDeepStrictEqual(body, payload) ? null : `GET / answered a different payload: ${text.slice(0, 200)}`;
}

async function measureRounds(live: ReadonlyMap<string, ChildServer>, options: SuiteOptions): Promise<Map<string, Sample[]>> {
  const names = [...live.keys()];
  for (const name of names) {
    options.log(`${suiteName}: ${name}: ${warmupSeconds} s warm-up`);
    await runLoad(`${live.get(name)!.url}/`, { seconds: warmupSeconds, connections, headers: requestHeaders });
  }
  const rounds = countRounds(options.seconds);
  const seconds = options.seconds / rounds;
  const samples = new Map<string, Sample[]>(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (let turn = 0; turn < names.length; turn++) {
      const name = names[(round + turn) % names.length]!;
      const sample = await measureWindow(live.get(name)!, seconds);
      samples.get(name)!.push(sample);
      options.log(`${suiteName}: round ${round + 1}/${rounds}: ${name}: ${Math.round(sample.requestsPerSecond)} ${unit}`);
    }
  }
  return samples;
}

async function measureWindow(server: ChildServer, seconds: number): Promise<Sample> {
  const cpuBefore = readProcessCpuSeconds(server.pid);
  const result = await runLoad(`${server.url}/`, { seconds, connections, headers: requestHeaders });
  const cpuAfter = readProcessCpuSeconds(server.pid);
  return { ...result, cpuSeconds: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore };
}

function summarise(target: string, samples: readonly Sample[], failure: string | undefined): Row {
  if (failure !== undefined) return createFailedRow(suiteName, target, unit, failure);
  if (samples.length === 0) return createFailedRow(suiteName, target, unit, 'not measured');
  const total = samples.reduce((sum, sample) => sum + sample.total, 0);
  const cpuSeconds = samples.every((sample) => sample.cpuSeconds !== null)
    ? samples.reduce((sum, sample) => sum + sample.cpuSeconds!, 0)
    : null;
  return {
    suite: suiteName,
    target,
    unit,
    rate: median(samples.map((sample) => sample.requestsPerSecond)),
    p99Ms: median(samples.map((sample) => sample.p99Ms)),
    ratio: null,
    baseline: null,
    note: describeProblems(samples, total),
    samples: samples.map((sample) => sample.requestsPerSecond),
    cpuUsPerRequest: cpuSeconds === null || total === 0 ? null : (cpuSeconds / total) * 1e6,
  };
}

function describeProblems(samples: readonly Sample[], total: number): string {
  const non2xx = samples.reduce((sum, sample) => sum + sample.non2xx, 0);
  const errors = samples.reduce((sum, sample) => sum + sample.errors, 0);
  const timeouts = samples.reduce((sum, sample) => sum + sample.timeouts, 0);
  const problems: string[] = [];
  if (non2xx > 0) problems.push(`${non2xx} non-2xx responses`);
  if (errors > 0) problems.push(`${errors} errors (${timeouts} timeouts)`);
  if (total === 0) problems.push('no responses');
  return problems.length === 0 ? '' : `SUSPECT: ${problems.join(', ')} of ${total} requests`;
}

// Met when subject.rate / other.rate reaches minRatio (strictly above it for "ahead of", minRatio 1).
function checkRatio(goal: string, subject: Row | undefined, other: Row | undefined, minRatio: number): TargetCheck {
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

// A row counts towards a target only if it was measured and the load saw no errors or non-2xx.
function isClean(row: Row): boolean {
  return Number.isFinite(row.rate) && row.rate > 0 && row.note === '';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
