/**
 * The page suites: req/s for one rendered page, the todo page of bench/apps/todos (`<todo-item>`
 * elements with attrs, a scoped style and a slot, from the API's JSON), served by Uplift, by a
 * hand-written node:http server building the same HTML with template strings (the ceiling every
 * ratio divides by), by Hono writing it with its auto-escaping `hono/html` template, and by the
 * real Enhance runtime behind the API Gateway stand-in in bench/peers/enhance-node.ts.
 *
 * By default every request gets new todos (new ids and titles), as in any real app, so nothing a
 * renderer caches by data can hit; each target takes them from the same generator
 * (app/lib/todos.mjs), so all do equal work. Variants: 20 and 200 items, titles full of `< > & " '`,
 * the same data on every request, titles beyond ASCII.
 *
 * Each target is a child process, loaded like the json suite (rounds.ts): interleaved rounds,
 * median round per row. Before any load two pages are fetched from every target and each must be
 * the rendered page for that request's todos; one that serves elements unexpanded, data left out
 * or unescaped would be measured doing other work, so it is reported as not measured instead.
 */
import { checkTodoPage } from '../peers/check-todo-page.js';
import { loadTodoData, todoVariantEnv, type Todo, type TodoDataMode, type TodoText, type TodoVariant } from '../peers/todos-app.js';
import { messageOf } from './message-of.js';
import { checkRatio, findCleanRow, measureTargets, type AnswerCheck, type RoundsPlan, type ServerTarget } from './rounds.js';
import { addRatios, type Row, type Suite, type SuiteOptions, type TargetCheck } from './suite.js';

/** The ceiling every ratio in these suites divides by. */
export const ceilingTarget = 'template-string node:http';
/** Uplift's row. */
export const upliftTarget = 'uplift';
/** Hono's row. */
export const honoTarget = 'hono (hono/html)';
/** Real Enhance's row. */
export const enhanceTarget = 'enhance (arc-plugin-enhance)';

const plan: RoundsPlan = {
  suite: 'page',
  connections: 50,
  // A browser asking for the page (autocannon sends no accept-encoding, so nothing is compressed).
  headers: { accept: 'text/html' },
  // Enhance takes milliseconds per request, so a window ends with requests still queued in it; a short
  // pause lets that backlog drain instead of taking CPU from the next target's window.
  settleMs: 250,
};
const minRatioOnNewData = 0.5;
const minRatioOnMarkup = 0.3;
const minRatioToEnhance = 20;
/**
 * For 200 items: Enhance takes tens of milliseconds per page, so 50 connections would leave a
 * backlog of seconds that a 1 s round never sees the end of (no responses at all); fewer
 * connections, the same for every target, and a longer pause keep its rounds measurable.
 */
const largePageLoad = { connections: 10, settleMs: 1_000 };

/** The todo page's servers, in table order, serving `variant`'s todos. */
export function pageTargets(variant: TodoVariant): ServerTarget[] {
  const env = todoVariantEnv(variant);
  return [
    { name: ceilingTarget, program: 'page-ceiling', env },
    { name: upliftTarget, program: 'page-uplift', env },
    { name: honoTarget, program: 'page-hono', env },
    { name: enhanceTarget, program: 'page-enhance', env },
  ];
}

/** One page suite: a todo variant, the targets that serve it, the goals judged on its rows. */
interface PageSuiteDefinition {
  readonly name: string;
  readonly description: string;
  readonly variant: TodoVariant;
  /** Targets left out, with the reason noted next to the table. */
  readonly leaveOut?: { readonly target: string; readonly reason: string };
  /** Overrides the plan's connections and pause, for pages that take Enhance a long time. */
  readonly load?: Pick<RoundsPlan, 'connections' | 'settleMs'>;
  readonly checks: (rows: readonly Row[]) => TargetCheck[];
}

function definePageSuite(definition: PageSuiteDefinition): Suite {
  const { name, variant, leaveOut } = definition;
  const suitePlan: RoundsPlan = { ...plan, ...definition.load, suite: name };
  const targets = pageTargets(variant).filter((target) => target.name !== leaveOut?.target);
  return {
    name,
    description: definition.description,
    async run(options: SuiteOptions): Promise<Row[]> {
      const data = await loadTodoData(variant);
      options.note(
        `${name}: GET / of bench/apps/todos with ${variant.count} todos (${variant.text} titles, ${variant.data === 'new' ? 'new todos on every request' : 'the same todos on every request'}), accept: text/html, ${suitePlan.connections} connections.`,
      );
      if (leaveOut !== undefined) options.note(`${name}: ${leaveOut.target} is left out: ${leaveOut.reason}`);
      const rows = await measureTargets(targets, suitePlan, (url) => checkAnswers(url, data.todosAt), options);
      noteCeilingOverEnhance(name, rows, options);
      return addRatios(rows, ceilingTarget);
    },
    checkTargets: definition.checks,
  };
}

/** Goals for new data: a share of the ceiling, ahead of Hono, far ahead of Enhance. */
function newDataChecks(minRatio: number, withEnhance: boolean): (items: number) => (rows: readonly Row[]) => TargetCheck[] {
  return (items) => (rows) => {
    const uplift = findCleanRow(rows, upliftTarget);
    const checks = [
      checkRatio(`Uplift ≥ ${minRatio}× ${ceilingTarget}, ${items} items`, uplift, findCleanRow(rows, ceilingTarget), minRatio),
      checkRatio(`Uplift ahead of ${honoTarget}, ${items} items`, uplift, findCleanRow(rows, honoTarget), 1),
    ];
    if (withEnhance) checks.push(checkRatio(`Uplift ≥ ${minRatioToEnhance}× real Enhance, ${items} items`, uplift, findCleanRow(rows, enhanceTarget), minRatioToEnhance));
    return checks;
  };
}

/** A kind of data, measured at 20 items (suite `name`) and at 200 (`name-200`). */
interface PageMode extends Omit<PageSuiteDefinition, 'variant' | 'load' | 'checks'> {
  readonly text: TodoText;
  readonly data: TodoDataMode;
  readonly checks: (items: number) => (rows: readonly Row[]) => TargetCheck[];
}

function atBothSizes(mode: PageMode): Suite[] {
  const { text, data, checks, ...definition } = mode;
  return [
    definePageSuite({ ...definition, variant: { count: 20, text, data }, checks: checks(20) }),
    definePageSuite({
      ...definition,
      name: `${mode.name}-200`,
      description: `the ${mode.name} suite with 200 items`,
      variant: { count: 200, text, data },
      load: largePageLoad,
      checks: checks(200),
    }),
  ];
}

const enhanceUnescaped = 'Enhance inserts store strings unescaped, so with these titles its page is another document (and unsafe).';

/** The page suites, in the order a default run executes them. */
export const pageSuites: readonly Suite[] = [
  ...atBothSizes({
    name: 'page',
    description: 'the todo page over HTTP, 20 items, new data per request: Uplift, Hono, real Enhance vs template strings (ceiling)',
    text: 'ascii',
    data: 'new',
    checks: newDataChecks(minRatioOnNewData, true),
  }),
  ...atBothSizes({
    name: 'page-markup',
    description: 'the page suite with titles full of < > & " \', which every target must escape',
    text: 'markup',
    data: 'new',
    leaveOut: { target: enhanceTarget, reason: enhanceUnescaped },
    checks: newDataChecks(minRatioOnMarkup, false),
  }),
  ...atBothSizes({
    name: 'page-same',
    description: 'the page suite with the same data on every request (render-time caches hit)',
    text: 'ascii',
    data: 'same',
    checks: () => () => [],
  }),
  definePageSuite({
    // Titles beyond ASCII take the renderer's other encoding path (src/ssr/output/document-bytes.ts).
    name: 'page-unicode',
    description: 'the page suite with non-ASCII titles: Uplift, Hono and template strings (ceiling)',
    variant: { count: 20, text: 'unicode', data: 'new' },
    leaveOut: { target: enhanceTarget, reason: 'its speed does not depend on the encoding path this suite measures.' },
    checks: (rows) => [
      checkRatio(`Uplift ≥ ${minRatioOnNewData}× ${ceilingTarget} with non-ASCII titles`, findCleanRow(rows, upliftTarget), findCleanRow(rows, ceilingTarget), minRatioOnNewData),
    ],
  }),
];

// How far the ceiling is ahead of Enhance does not depend on Uplift, so it is noted on every run.
function noteCeilingOverEnhance(suite: string, rows: readonly Row[], options: SuiteOptions): void {
  const ceiling = findCleanRow(rows, ceilingTarget);
  const enhance = findCleanRow(rows, enhanceTarget);
  if (ceiling === undefined || enhance === undefined) return;
  options.note(`${suite}: the ceiling serves ${(ceiling.rate / enhance.rate).toFixed(1)}× real Enhance's req/s.`);
}

/**
 * A measured row keeps what the checks saw; a target whose first two pages are not the rendered
 * pages for the first two requests' todos is not measured.
 */
async function checkAnswers(url: string, todosAt: (request: number) => readonly Todo[]): Promise<AnswerCheck> {
  const checks = [];
  for (const request of [0, 1]) {
    const check = await checkPage(url, todosAt(request)).catch((error: unknown) => ({ ok: false, detail: `GET / failed: ${messageOf(error)}` }));
    if (!check.ok) return { ok: false, note: `SUSPECT, not measured: request ${request + 1}: ${check.detail}` };
    checks.push(check.detail);
  }
  return { ok: true, note: `checked: ${checks[0]}, twice` };
}

async function checkPage(url: string, todos: readonly Todo[]): Promise<{ ok: boolean; detail: string }> {
  // fetch would ask for gzip, and Enhance compresses when asked: identity checks the bytes the load gets.
  const response = await fetch(`${url}/`, {
    headers: { ...plan.headers, 'accept-encoding': 'identity' },
    signal: AbortSignal.timeout(10_000),
  });
  const html = await response.text();
  if (response.status !== 200) return { ok: false, detail: `GET / answered ${response.status}, expected 200: ${html.slice(0, 200)}` };
  const check = checkTodoPage(html, todos);
  return check.ok ? { ok: true, detail: `200, ${check.detail}` } : { ok: false, detail: `GET / is not the rendered todo page: ${check.detail}` };
}
