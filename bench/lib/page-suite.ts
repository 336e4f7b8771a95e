/**
 * Suite `page` (issue 4 §8, "Page over HTTP"): req/s for one rendered page, the todo page of
 * bench/apps/todos (20 `<todo-item>` elements with attrs, a scoped style and a slot, from the API's
 * JSON), served by Uplift, by a hand-written node:http server building the same HTML with template
 * strings (the ceiling every ratio divides by), and by the real Enhance runtime behind the API
 * Gateway stand-in in bench/peers/enhance-node.ts. Each is a child process, loaded like the json
 * suite: interleaved rounds, median round per row. Before any load every target's page is fetched
 * once and must be the rendered page; one that serves elements unexpanded would be measured doing
 * far less work, so it is reported as not measured instead of given a number.
 */
import { checkTodoPage } from '../peers/check-todo-page.js';
import { loadTodoData, type Todo } from '../peers/todos-app.js';
import { startChildServer, type ChildServer } from './child-server.js';
import { runLoad, type LoadResult } from './load.js';
import { serverScript } from './paths.js';
import { readProcessCpuSeconds } from './process-cpu.js';
import { median } from './stats.js';
import { addRatios, createFailedRow, type Row, type Suite, type SuiteOptions, type TargetCheck } from './suite.js';

/** A page target: its table name and its program in bench/servers/. */
export interface PageTarget {
  readonly name: string;
  readonly program: string;
}

/** The ceiling every ratio in this suite divides by. */
export const ceilingTarget = 'template-string node:http';
/** Uplift's row. */
export const upliftTarget = 'uplift';
/** Real Enhance's row. */
export const enhanceTarget = 'enhance (arc-plugin-enhance)';

/** Every target, in table order. */
export const pageTargets: readonly PageTarget[] = [
  { name: ceilingTarget, program: 'page-ceiling' },
  { name: upliftTarget, program: 'page-uplift' },
  { name: enhanceTarget, program: 'page-enhance' },
];

const suiteName = 'page';
const unit = 'req/s';
const connections = 50;
const warmupSeconds = 1;
const minRoundSeconds = 1;
const maxRounds = 5;
// Enhance takes milliseconds per request, so a window ends with requests still queued in it; a short
// pause lets that backlog drain instead of taking CPU from the next target's window.
const settleMs = 250;
// A browser asking for the page (autocannon sends no accept-encoding, so nothing is compressed).
const requestHeaders = { accept: 'text/html' };
const minRatioToCeiling = 0.5;
const minRatioToEnhance = 20;

/** The page suite. */
export const pageSuite: Suite = {
  name: suiteName,
  description: 'one rendered page over HTTP: Uplift vs template-string node:http (ceiling) vs real Enhance',
  async run(options: SuiteOptions): Promise<Row[]> {
    const { todos } = await loadTodoData();
    options.note(`page: GET / of bench/apps/todos with ${todos.length} todos, accept: text/html, ${connections} connections.`);
    const failed = new Map<string, string>();
    const checked = new Map<string, string>();
    const live = new Map<string, ChildServer>();
    try {
      for (const target of pageTargets) {
        const started = await startTarget(target, todos);
        if ('failure' in started) failed.set(target.name, started.failure);
        else {
          live.set(target.name, started.server);
          checked.set(target.name, started.check);
        }
      }
      const samples = await measureRounds(live, options);
      const rows = pageTargets.map((target) => {
        const failure = failed.get(target.name);
        if (failure !== undefined) return createFailedRow(suiteName, target.name, unit, failure);
        return summarise(target.name, samples.get(target.name) ?? [], checked.get(target.name) ?? '');
      });
      noteCeilingOverEnhance(rows, options);
      return addRatios(rows, ceilingTarget);
    } finally {
      await Promise.all([...live.values()].map((server) => server.stop()));
    }
  },
  checkTargets(rows: readonly Row[]): TargetCheck[] {
    const find = (name: string): Row | undefined => rows.find((row) => row.target === name && isClean(row));
    const uplift = find(upliftTarget);
    const ceiling = find(ceilingTarget);
    return [
      checkRatio(`Uplift ≥ ${minRatioToCeiling}× ${ceilingTarget} (issue 4 §8)`, uplift, ceiling, minRatioToCeiling),
      checkRatio(`Uplift ≥ ${minRatioToEnhance}× real Enhance (issue 4 §8: ~20× expected)`, uplift, find(enhanceTarget), minRatioToEnhance),
    ];
  },
};

// The yardstick (~11,000 vs ~250 req/s here) does not need Uplift, so it is noted on every run.
function noteCeilingOverEnhance(rows: readonly Row[], options: SuiteOptions): void {
  const ceiling = rows.find((row) => row.target === ceilingTarget && isClean(row));
  const enhance = rows.find((row) => row.target === enhanceTarget && isClean(row));
  if (ceiling === undefined || enhance === undefined) return;
  options.note(`page: the ceiling serves ${(ceiling.rate / enhance.rate).toFixed(1)}× real Enhance's req/s (issue 4 §8 measured ~44×: ~11,000 vs ~250).`);
}

interface Sample extends LoadResult {
  readonly cpuSeconds: number | null;
}

type Started = { readonly server: ChildServer; readonly check: string } | { readonly failure: string };

async function startTarget(target: PageTarget, todos: readonly Todo[]): Promise<Started> {
  let server: ChildServer;
  try {
    server = await startChildServer(serverScript(target.program));
  } catch (error) {
    return { failure: `did not start: ${messageOf(error)}` };
  }
  const check = await checkPage(server.url, todos).catch((error: unknown) => ({ ok: false, detail: `GET / failed: ${messageOf(error)}` }));
  if (check.ok) return { server, check: `checked: ${check.detail}` };
  await server.stop();
  return { failure: `SUSPECT, not measured: ${check.detail}` };
}

async function checkPage(url: string, todos: readonly Todo[]): Promise<{ ok: boolean; detail: string }> {
  // fetch would ask for gzip, and Enhance compresses when asked: identity checks the bytes the load gets.
  const response = await fetch(`${url}/`, {
    headers: { ...requestHeaders, 'accept-encoding': 'identity' },
    signal: AbortSignal.timeout(10_000),
  });
  const html = await response.text();
  if (response.status !== 200) return { ok: false, detail: `GET / answered ${response.status}, expected 200: ${html.slice(0, 200)}` };
  const check = checkTodoPage(html, todos);
  return check.ok ? { ok: true, detail: `200, ${check.detail}` } : { ok: false, detail: `GET / is not the rendered todo page: ${check.detail}` };
}

async function measureRounds(live: ReadonlyMap<string, ChildServer>, options: SuiteOptions): Promise<Map<string, Sample[]>> {
  const names = [...live.keys()];
  for (const name of names) {
    options.log(`${suiteName}: ${name}: ${warmupSeconds} s warm-up`);
    await runLoad(`${live.get(name)!.url}/`, { seconds: warmupSeconds, connections, headers: requestHeaders });
    await settle();
  }
  const rounds = Math.max(1, Math.min(maxRounds, Math.floor(options.seconds / minRoundSeconds)));
  const seconds = options.seconds / rounds;
  const samples = new Map<string, Sample[]>(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (let turn = 0; turn < names.length; turn++) {
      const name = names[(round + turn) % names.length]!;
      const sample = await measureWindow(live.get(name)!, seconds);
      samples.get(name)!.push(sample);
      options.log(`${suiteName}: round ${round + 1}/${rounds}: ${name}: ${Math.round(sample.requestsPerSecond)} ${unit}`);
      await settle();
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

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, settleMs));
}

function summarise(target: string, samples: readonly Sample[], check: string): Row {
  if (samples.length === 0) return createFailedRow(suiteName, target, unit, 'not measured');
  const sum = (pick: (sample: Sample) => number): number => samples.reduce((total, sample) => total + pick(sample), 0);
  const total = sum((sample) => sample.total);
  const cpuSeconds = samples.every((sample) => sample.cpuSeconds !== null) ? sum((sample) => sample.cpuSeconds!) : null;
  const problems: string[] = [];
  if (sum((sample) => sample.non2xx) > 0) problems.push(`${sum((sample) => sample.non2xx)} non-2xx responses`);
  if (sum((sample) => sample.errors) > 0) problems.push(`${sum((sample) => sample.errors)} errors (${sum((sample) => sample.timeouts)} timeouts)`);
  if (total === 0) problems.push('no responses');
  return {
    suite: suiteName,
    target,
    unit,
    rate: median(samples.map((sample) => sample.requestsPerSecond)),
    p99Ms: median(samples.map((sample) => sample.p99Ms)),
    ratio: null,
    baseline: null,
    note: problems.length === 0 ? check : `SUSPECT: ${problems.join(', ')} of ${total} requests; ${check}`,
    samples: samples.map((sample) => sample.requestsPerSecond),
    cpuUsPerRequest: cpuSeconds === null || total === 0 ? null : (cpuSeconds / total) * 1e6,
  };
}

// Met when subject.rate / other.rate reaches minRatio; CPU per request is quoted as a cross-check.
function checkRatio(goal: string, subject: Row | undefined, other: Row | undefined, minRatio: number): TargetCheck {
  if (subject === undefined || other === undefined) {
    return { goal, met: null, detail: 'not measured cleanly (see the table notes)' };
  }
  const ratio = subject.rate / other.rate;
  const cpuRatio = subject.cpuUsPerRequest && other.cpuUsPerRequest ? other.cpuUsPerRequest / subject.cpuUsPerRequest : null;
  return {
    goal,
    met: ratio >= minRatio,
    detail:
      `${Math.round(subject.rate)} / ${Math.round(other.rate)} ${unit} = ${ratio.toFixed(2)}× ${other.target}` +
      (cpuRatio === null ? '' : ` (by server CPU per request: ${cpuRatio.toFixed(2)}×)`),
  };
}

// A row counts towards a target only if it passed the page check and its load saw no errors.
function isClean(row: Row): boolean {
  return Number.isFinite(row.rate) && row.rate > 0 && !row.note.includes('SUSPECT');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
