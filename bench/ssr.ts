/**
 * SSR in-process benchmark (issue 4, part 8): renders/s of the todo page (20 and 200
 * `<todo-item>`s) with Uplift and with `@enhance/ssr` + `@enhance/enhance-style-transform` run
 * as the Enhance runtime runs it (a fresh `enhance()` per render with the elements map), after
 * checking that both produce the same DOM; then heap use over 100k renders with varied stores.
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

export interface SsrThroughputRow {
  readonly kind: 'throughput';
  readonly items: number;
  readonly upliftPerSecond: number;
  readonly enhancePerSecond: number;
  readonly ratio: number;
}

export interface SsrHeapRow {
  readonly kind: 'heap';
  readonly renders: number;
  readonly heapMB: number;
}

export type SsrBenchRow = SsrThroughputRow | SsrHeapRow;

type Html = (strings: TemplateStringsArray, ...values: unknown[]) => string;
type Render = (store: object, uuid?: () => string) => string;

const renderUplift: Render = (store, uuid) =>
  page(enhance({ elements: todoElements, initialState: store as Record<string, unknown>, styleTransforms: [styleTransform], ...(uuid ? { uuidFunction: uuid } : {}) }));

const renderEnhance: Render = (store, uuid) =>
  page(enhanceSsr({ elements: todoElements, initialState: store, styleTransforms: [enhanceStyleTransform], ...(uuid ? { uuidFunction: uuid } : {}) }));

function page(html: Html): string {
  return html`${defaultHead}<todo-list heading="Mine"></todo-list>`;
}

/** Renders per second, bounded by time and by count. */
function measure(render: Render, store: object, seconds: number): number {
  const deadline = performance.now() + seconds * 1000;
  const start = performance.now();
  let count = 0;
  while (count < 5_000_000 && performance.now() < deadline) {
    render(store);
    count++;
  }
  return count / ((performance.now() - start) / 1000);
}

function loadGc(): (() => void) | null {
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return null;
  }
}

function heapMB(gc: () => void): number {
  gc();
  gc();
  return Math.round((process.memoryUsage().heapUsed / 1024 / 1024) * 10) / 10;
}

/** Runs the SSR benchmark; `seconds` bounds each throughput measurement. */
export async function runSsrBench(options: { seconds: number }): Promise<SsrBenchRow[]> {
  const rows: SsrBenchRow[] = [];
  for (const items of [20, 200]) {
    const store = todoStore(items, 0);
    const ours = domOf(renderUplift(store, counterIds()));
    const theirs = domOf(renderEnhance(store, counterIds()));
    if (ours !== theirs) throw new Error(`The ${items}-item page differs between Uplift and Enhance; fix that before timing.`);
    // Warm up both, then alternate three rounds so machine noise hits both alike.
    measure(renderUplift, store, Math.min(0.5, options.seconds / 4));
    measure(renderEnhance, store, Math.min(0.5, options.seconds / 4));
    let uplift = 0;
    let reference = 0;
    for (let round = 0; round < 3; round++) {
      uplift += measure(renderUplift, store, options.seconds / 3);
      reference += measure(renderEnhance, store, options.seconds / 3);
    }
    rows.push({ kind: 'throughput', items, upliftPerSecond: uplift / 3, enhancePerSecond: reference / 3, ratio: uplift / reference });
  }
  const gc = loadGc();
  if (gc !== null) {
    const checkpoints = new Set([1_000, 10_000, 50_000, 100_000]);
    const deadline = performance.now() + Math.max(60, options.seconds * 20) * 1000;
    for (let i = 1; i <= 100_000 && performance.now() < deadline; i++) {
      renderUplift(todoStore(20, i));
      if (checkpoints.has(i)) rows.push({ kind: 'heap', renders: i, heapMB: heapMB(gc) });
    }
  }
  return rows;
}

/** Prints the rows as a small table. */
export function formatSsrBench(rows: readonly SsrBenchRow[]): string {
  const lines = ['SSR in-process (todo page, renders/s)', 'items | uplift | @enhance/ssr+transform | ratio'];
  for (const row of rows) {
    if (row.kind === 'throughput') {
      lines.push(`${row.items} | ${row.upliftPerSecond.toFixed(0)} | ${row.enhancePerSecond.toFixed(1)} | ${row.ratio.toFixed(1)}x`);
    }
  }
  const heap = rows.filter((row): row is SsrHeapRow => row.kind === 'heap');
  if (heap.length > 0) lines.push('heap after renders (varied stores): ' + heap.map((row) => `${row.renders}: ${row.heapMB} MB`).join(', '));
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const seconds = Number(process.argv[2] ?? 3);
  const rows = await runSsrBench({ seconds: Number.isFinite(seconds) && seconds > 0 ? seconds : 3 });
  process.stdout.write(formatSsrBench(rows) + '\n');
}
