/**
 * Suite `json`: one small JSON payload served by raw node:http (the baseline), Uplift,
 * Fastify and Hono, each in its own child process, loaded in interleaved rounds (rounds.ts); each
 * row reports the median round. One more row, raw node:http sending the headers Uplift must send
 * (bench/servers/raw-node.ts), shows in the same run what those headers cost on their own.
 */
import { isDeepStrictEqual } from 'node:util';
import { messageOf } from './message-of.js';
import { loadPayload } from './payload.js';
import { checkRatio, findCleanRow, measureTargets, type AnswerCheck, type RoundsPlan, type ServerTarget } from './rounds.js';
import { addRatios, type Row, type Suite, type SuiteOptions, type TargetCheck } from './suite.js';

/** The baseline every ratio in this suite divides by. */
export const baselineTarget = 'raw node:http';

/** Raw node:http with Architect's cache-control and a weak ETag: the floor for those duties. */
const headersFloorTarget = 'raw node:http + Uplift\'s headers';

/** Every target, in table order. */
export const jsonTargets: readonly ServerTarget[] = [
  { name: baselineTarget, program: 'raw-node' },
  { name: headersFloorTarget, program: 'raw-node', env: { BENCH_RAW_HEADERS: 'uplift' } },
  { name: 'uplift', program: 'uplift' },
  { name: 'fastify', program: 'fastify' },
  { name: 'hono', program: 'hono' },
];

const plan: RoundsPlan = {
  suite: 'json',
  connections: 50,
  // Every target is asked the same way: an API client that prefers JSON.
  headers: { accept: 'application/json' },
};
const minRatioToBaseline = 0.9;

/** The JSON suite. */
export const jsonSuite: Suite = {
  name: plan.suite,
  description: 'raw node:http vs Uplift vs Fastify vs Hono, one ~300-byte JSON payload over HTTP',
  async run(options: SuiteOptions): Promise<Row[]> {
    const payload = loadPayload();
    const rows = await measureTargets(jsonTargets, plan, (url) => checkAnswer(url, payload), options);
    return addRatios(rows, baselineTarget);
  },
  checkTargets(rows: readonly Row[]): TargetCheck[] {
    const uplift = findCleanRow(rows, 'uplift');
    return [
      checkRatio(`Uplift ≥ ${minRatioToBaseline}× ${baselineTarget}`, uplift, findCleanRow(rows, baselineTarget), minRatioToBaseline),
      checkRatio('Uplift ahead of Fastify', uplift, findCleanRow(rows, 'fastify'), 1),
      checkRatio('Uplift ahead of Hono', uplift, findCleanRow(rows, 'hono'), 1),
    ];
  },
};

// A clean row's note stays empty: only a wrong answer (the reason it was not measured) says anything.
async function checkAnswer(url: string, payload: unknown): Promise<AnswerCheck> {
  const problem = await findWrongAnswer(url, payload).catch((error: unknown) => `GET / failed: ${messageOf(error)}`);
  return { ok: problem === null, note: problem ?? '' };
}

async function findWrongAnswer(url: string, payload: unknown): Promise<string | null> {
  const response = await fetch(`${url}/`, { headers: plan.headers, signal: AbortSignal.timeout(5_000) });
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
