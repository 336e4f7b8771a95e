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
import { loadTodoData, todoVariantEnv } from '../peers/todos-app.js';
import { messageOf } from './message-of.js';
import { checkRatio, findCleanRow, measureTargets } from './rounds.js';
import { addRatios } from './suite.js';
/** The ceiling every ratio in these suites divides by. */
export const ceilingTarget = 'template-string node:http';
/** Uplift's row. */
export const upliftTarget = 'uplift';
/** Hono's row. */
export const honoTarget = 'hono (hono/html)';
/** Real Enhance's row. */
export const enhanceTarget = 'enhance (arc-plugin-enhance)';
const plan = {
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
export function pageTargets(variant) {
    const env = todoVariantEnv(variant);
    return [
        { name: ceilingTarget, program: 'page-ceiling', env },
        { name: upliftTarget, program: 'page-uplift', env },
        { name: honoTarget, program: 'page-hono', env },
        { name: enhanceTarget, program: 'page-enhance', env },
    ];
}
function definePageSuite(definition) {
    const { name, variant, leaveOut } = definition;
    const suitePlan = { ...plan, ...definition.load, suite: name };
    const targets = pageTargets(variant).filter((target) => target.name !== leaveOut?.target);
    return {
        name,
        description: definition.description,
        async run(options) {
            const data = await loadTodoData(variant);
            options.note(`${name}: GET / of bench/apps/todos with ${variant.count} todos (${variant.text} titles, ${variant.data === 'new' ? 'new todos on every request' : 'the same todos on every request'}), accept: text/html, ${suitePlan.connections} connections.`);
            if (leaveOut !== undefined)
                options.note(`${name}: ${leaveOut.target} is left out: ${leaveOut.reason}`);
            const rows = await measureTargets(targets, suitePlan, (url) => checkAnswers(url, data.todosAt), options);
            noteCeilingOverEnhance(name, rows, options);
            return addRatios(rows, ceilingTarget);
        },
        checkTargets: definition.checks,
    };
}
/** Goals for new data: a share of the ceiling, ahead of Hono, far ahead of Enhance. */
function newDataChecks(minRatio, withEnhance) {
    return (items) => (rows) => {
        const uplift = findCleanRow(rows, upliftTarget);
        const checks = [
            checkRatio(`Uplift ≥ ${minRatio}× ${ceilingTarget}, ${items} items`, uplift, findCleanRow(rows, ceilingTarget), minRatio),
            checkRatio(`Uplift ahead of ${honoTarget}, ${items} items`, uplift, findCleanRow(rows, honoTarget), 1),
        ];
        if (withEnhance)
            checks.push(checkRatio(`Uplift ≥ ${minRatioToEnhance}× real Enhance, ${items} items`, uplift, findCleanRow(rows, enhanceTarget), minRatioToEnhance));
        return checks;
    };
}
function atBothSizes(mode) {
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
export const pageSuites = [
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
        description: 'the page suite with non-ASCII titles: Uplift vs template strings (ceiling)',
        variant: { count: 20, text: 'unicode', data: 'new' },
        leaveOut: { target: enhanceTarget, reason: 'its speed does not depend on the encoding path this suite measures.' },
        checks: (rows) => [
            checkRatio(`Uplift ≥ ${minRatioOnNewData}× ${ceilingTarget} with non-ASCII titles`, findCleanRow(rows, upliftTarget), findCleanRow(rows, ceilingTarget), minRatioOnNewData),
        ],
    }),
];
// How far the ceiling is ahead of Enhance does not depend on Uplift, so it is noted on every run.
function noteCeilingOverEnhance(suite, rows, options) {
    const ceiling = findCleanRow(rows, ceilingTarget);
    const enhance = findCleanRow(rows, enhanceTarget);
    if (ceiling === undefined || enhance === undefined)
        return;
    options.note(`${suite}: the ceiling serves ${(ceiling.rate / enhance.rate).toFixed(1)}× real Enhance's req/s.`);
}
/**
 * A measured row keeps what the checks saw; a target whose first two pages are not the rendered
 * pages for the first two requests' todos is not measured.
 */
async function checkAnswers(url, todosAt) {
    const checks = [];
    for (const request of [0, 1]) {
        const check = await checkPage(url, todosAt(request)).catch((error) => ({ ok: false, detail: `GET / failed: ${messageOf(error)}` }));
        if (!check.ok)
            return { ok: false, note: `SUSPECT, not measured: request ${request + 1}: ${check.detail}` };
        checks.push(check.detail);
    }
    return { ok: true, note: `checked: ${checks[0]}, twice` };
}
async function checkPage(url, todos) {
    // fetch would ask for gzip, and Enhance compresses when asked: identity checks the bytes the load gets.
    const response = await fetch(`${url}/`, {
        headers: { ...plan.headers, 'accept-encoding': 'identity' },
        signal: AbortSignal.timeout(10_000),
    });
    const html = await response.text();
    if (response.status !== 200)
        return { ok: false, detail: `GET / answered ${response.status}, expected 200: ${html.slice(0, 200)}` };
    const check = checkTodoPage(html, todos);
    return check.ok ? { ok: true, detail: `200, ${check.detail}` } : { ok: false, detail: `GET / is not the rendered todo page: ${check.detail}` };
}
//# sourceMappingURL=page-suite.js.map