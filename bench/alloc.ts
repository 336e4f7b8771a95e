/**
 * Bytes allocated per request, in process: Uplift's todo page against the template-string page,
 * and Uplift's JSON route against a raw `JSON.stringify`, each with new todos per page.
 *
 * Why it is worth a number of its own: on this shared host two copies of the same server differ by
 * 10% or more in one run, so a change that saves a few per cent cannot be seen in req/s; the bytes
 * it no longer allocates can. Each byte is paid again by the young-generation collector (about
 * 4–5% of a page server's CPU under load here, docs/ssr.md). Counted with V8's sampling heap
 * profiler, collected objects included: an estimate (one sample per 64 bytes on average) that
 * moves by a few per cent between runs, not with the host's load as timings do.
 *
 * Run: `node dist/bench/alloc.js` (20 items; `BENCH_TODO_COUNT=200` for 200).
 */
import { Session } from 'node:inspector/promises';
import { createApp, type CoreRequest } from '../src/index.js';
import { jsonAppRoot } from './lib/paths.js';
import { loadPayload } from './lib/payload.js';
import { renderTodoPage } from './peers/todo-page-template.js';
import { loadTodoData, todosAppRoot } from './peers/todos-app.js';

const calls = 2_000;
const quiet = { error() {}, warn() {}, info() {} };

/** Average bytes allocated by one call, after as many calls to warm up. */
async function bytesPerCall(call: () => unknown): Promise<number> {
  for (let i = 0; i < calls; i++) await call();
  const session = new Session();
  session.connect();
  // Collected objects are what this counts; @types/node does not list the two flags yet.
  const sampling = { samplingInterval: 64, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true };
  await session.post('HeapProfiler.startSampling', sampling as { samplingInterval: number });
  for (let i = 0; i < calls; i++) await call();
  const { profile } = await session.post('HeapProfiler.stopSampling');
  session.disconnect();
  // Samples sum what was allocated; the tree under `head` would count only what is still alive.
  const { samples } = profile as { samples?: readonly { size: number }[] };
  if (samples === undefined) throw new Error('bench/alloc.ts: this Node gives no heap samples; use Node 20 or later.');
  let total = 0;
  for (const sample of samples) total += sample.size;
  return total / calls;
}

function get(url: string, accept: string): CoreRequest {
  return { method: 'GET', url, headers: { accept, host: '127.0.0.1' }, body: null, httpVersion: '1.1' };
}

const { todoCount, todosForRequest } = await loadTodoData();
const pages = await createApp({ root: todosAppRoot, logger: quiet });
const api = await createApp({ root: jsonAppRoot, logger: quiet });
const payload = loadPayload();

const rows: [string, number, number][] = [];
const ceiling = await bytesPerCall(() => Buffer.byteLength(renderTodoPage(todosForRequest())));
rows.push([`todo page, ${todoCount} items: template strings`, ceiling, ceiling]);
rows.push([`todo page, ${todoCount} items: uplift`, await bytesPerCall(() => pages.handle(get('/', 'text/html'))), ceiling]);
const raw = await bytesPerCall(() => Buffer.byteLength(JSON.stringify(payload)));
rows.push(['json route: JSON.stringify', raw, raw]);
rows.push(['json route: uplift', await bytesPerCall(() => api.handle(get('/', 'application/json'))), raw]);

for (const [name, bytes, base] of rows) {
  console.log(`${name.padEnd(42)} ${Math.round(bytes).toLocaleString('en-US').padStart(9)} bytes per request  ${(bytes / base).toFixed(2)}×`);
}
