/**
 * SSR in-process benchmark: renders/s of the todo page (20 and 200
 * `<todo-item>`s) with Uplift and with `@enhance/ssr` + `@enhance/enhance-style-transform` run
 * as the Enhance runtime runs it (a fresh `enhance()` per render with the elements map), after
 * checking that both produce the same DOM; then heap use over 100k renders with varied stores.
 *
 * `runSsrBench` answers rows in the shape of bench/lib/suite.ts (`npm run bench -- --suite ssr`
 * prints them as a table) and the heap series as notes.
 *
 * Run: `node dist/bench/ssr.js [seconds]` (default 3 s per measurement).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import enhanceSsr from '@enhance/ssr';
import enhanceStyleTransform from '@enhance/enhance-style-transform';
import { enhance, styleTransform } from '../src/ssr/index.js';
import { defaultHead, todoElements, todoStore } from '../test/helpers/ssr-todo-page.js';
import { counterIds, domOf } from '../test/helpers/ssr-compare.js';
import { taggedCopy } from '../test/helpers/tagged-copy.js';
// Uplift renders the page's elements as its app loader serves them: markup literals tagged.
const testRoot = fileURLToPath(new URL('../test/', import.meta.url));
const tagged = (await import(`${await taggedCopy(testRoot, [`${testRoot}helpers/ssr-todo-page.js`])}/helpers/ssr-todo-page.js`));
const renderUplift = (store, uuid) => page(enhance({ elements: tagged.todoElements, initialState: store, styleTransforms: [styleTransform], ...(uuid ? { uuidFunction: uuid } : {}) }), tagged.defaultHead);
const renderEnhance = (store, uuid) => page(enhanceSsr({ elements: todoElements, initialState: store, styleTransforms: [enhanceStyleTransform], ...(uuid ? { uuidFunction: uuid } : {}) }), defaultHead);
function page(html, head) {
    return html `${head}<todo-list heading="Mine"></todo-list>`;
}
/** Renders per second over `stores` in turn, bounded by time and by count. */
function measure(render, stores, seconds) {
    const deadline = performance.now() + seconds * 1000;
    const start = performance.now();
    let count = 0;
    while (count < 5_000_000 && performance.now() < deadline) {
        render(stores[count % stores.length]);
        count++;
    }
    return count / ((performance.now() - start) / 1000);
}
function loadGc() {
    try {
        setFlagsFromString('--expose-gc');
        return runInNewContext('gc');
    }
    catch {
        return null;
    }
}
function heapMB(gc) {
    gc();
    gc();
    return Math.round((process.memoryUsage().heapUsed / 1024 / 1024) * 10) / 10;
}
/** The throughput rows for one page size: Enhance (the baseline), Uplift, Uplift with varied stores. */
function measureItems(items, seconds) {
    const same = [todoStore(items, 0)];
    // Stores that differ per render: the list string changes, so Uplift parses it every time.
    const varied = Array.from({ length: 64 }, (_, seed) => todoStore(items, seed + 1));
    const ours = domOf(renderUplift(same[0], counterIds()));
    const theirs = domOf(renderEnhance(same[0], counterIds()));
    if (ours !== theirs)
        throw new Error(`bench/ssr.ts: the ${items}-item page differs between Uplift and Enhance; fix that before timing.`);
    // Warm up each, then alternate three rounds so machine noise hits all alike.
    const warm = Math.min(0.5, seconds / 4);
    measure(renderUplift, same, warm);
    measure(renderUplift, varied, warm);
    measure(renderEnhance, same, warm);
    let uplift = 0;
    let upliftVaried = 0;
    let reference = 0;
    for (let round = 0; round < 3; round++) {
        uplift += measure(renderUplift, same, seconds / 3);
        upliftVaried += measure(renderUplift, varied, seconds / 3);
        reference += measure(renderEnhance, same, seconds / 3);
    }
    const baseline = `@enhance/ssr + transform, ${items} items`;
    const row = (target, total, note) => ({
        target,
        unit: 'renders/s',
        rate: total / 3,
        ratio: total / reference,
        baseline,
        note,
    });
    return [
        row(baseline, reference, 'a fresh enhance() per render, as the Enhance runtime does'),
        row(`uplift, ${items} items`, uplift, 'the same store every render; DOM checked equal to Enhance first'),
        row(`uplift, ${items} items, new store per render`, upliftVaried, 'a different list string each render, so no parsed list is reused'),
    ];
}
/** Heap after 1k…100k renders with varied stores, as notes (the goal: within 10 MB of 1k). */
function measureHeap(seconds) {
    const gc = loadGc();
    if (gc === null)
        return ['heap: not measured (global.gc is unavailable; run node with --expose-gc).'];
    const checkpoints = new Set([1_000, 10_000, 50_000, 100_000]);
    const series = [];
    const deadline = performance.now() + Math.max(60, seconds * 20) * 1000;
    let i = 1;
    for (; i <= 100_000 && performance.now() < deadline; i++) {
        renderUplift(todoStore(20, i));
        if (checkpoints.has(i))
            series.push({ renders: i, heapMB: heapMB(gc) });
    }
    const notes = [`heap after N renders of the 20-item page, each with a new store (MB, after gc): ${series.map((s) => `${s.renders.toLocaleString('en-US')}: ${s.heapMB}`).join(', ')}`];
    const first = series[0];
    const last = series[series.length - 1];
    if (first !== undefined && last !== undefined && last !== first) {
        const growth = Math.round((last.heapMB - first.heapMB) * 10) / 10;
        notes.push(`heap growth from ${first.renders.toLocaleString('en-US')} to ${last.renders.toLocaleString('en-US')} renders: ${growth} MB (goal: within 10 MB)`);
    }
    if (i <= 100_000)
        notes.push(`heap: stopped after ${(i - 1).toLocaleString('en-US')} renders at the time bound.`);
    return notes;
}
/** Runs the SSR benchmark; `seconds` bounds each throughput measurement. */
export async function runSsrBench(options) {
    const rows = [...measureItems(20, options.seconds), ...measureItems(200, options.seconds)];
    return { rows, notes: measureHeap(options.seconds) };
}
/** Prints the result as a small table with the notes under it. */
export function formatSsrBench(result) {
    const lines = ['SSR in-process (todo page, renders/s)', 'target | renders/s | ratio'];
    for (const row of result.rows)
        lines.push(`${row.target} | ${row.rate.toFixed(row.rate >= 100 ? 0 : 1)} | ${row.ratio.toFixed(1)}× ${row.baseline}`);
    return [...lines, ...result.notes].join('\n');
}
if (process.argv[1] === fileURLToPath(import.meta.url)) {
    const seconds = Number(process.argv[2] ?? 3);
    const result = await runSsrBench({ seconds: Number.isFinite(seconds) && seconds > 0 ? seconds : 3 });
    process.stdout.write(formatSsrBench(result) + '\n');
}
//# sourceMappingURL=ssr.js.map