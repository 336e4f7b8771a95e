// The todo list every target of the `page` bench suites renders: the app's API (app/api/index.mjs),
// the template-string ceiling and the Hono page (bench/servers/) all take it from here, so every
// target does the same work for the same data. It lives in app/ so the app deploys unchanged.
// A server child picks its variant from the environment: BENCH_TODO_COUNT (items per page),
// BENCH_TODO_TEXT (ascii, unicode or markup titles), BENCH_TODO_DATA (new or same data per request).

const defaultCount = 20;

/** How many todos the page shows. */
export const todoCount = readCount(process.env.BENCH_TODO_COUNT);

/**
 * The titles: plain ASCII; with the characters beyond it that real text has (`unicode`), so the
 * bench also measures pages that are not ASCII; or full of `< > & " '` (`markup`), which every
 * target must escape.
 */
const chores = {
  ascii: ['water the plants', 'answer the mail', 'book the train', 'fix the gate', 'buy coffee'],
  unicode: ['water the plants — all of them', 'answer the mail · today', 'book the train to Zürich', 'fix the gate’s latch', 'buy coffee ☕'],
  markup: [
    '<b>water</b> the "plants" & \'herbs\'',
    'answer <i>all</i> the mail <3 & reply >_<',
    'book "the <train>" & \'the bus\'',
    'fix </li><li> the gate & "latch"',
    '<script>buy("coffee")</script> & \'tea\'',
  ],
};

/**
 * The todos (`{ id, title, done }`) of the `request`-th request: `count` items whose ids and titles
 * are new for every request number, and whose `done` flags shift with it. Request 0 has ids 1…n,
 * and every third one, from the first, is done.
 */
export function createTodos(count = todoCount, text = process.env.BENCH_TODO_TEXT ?? 'ascii', request = 0) {
  const names = chores[text];
  if (names === undefined) throw new Error(`BENCH_TODO_TEXT must be one of ${Object.keys(chores).join(', ')}, not "${text}"`);
  const first = request * count;
  return Array.from({ length: count }, (_, index) => ({
    id: first + index + 1,
    title: `Todo ${first + index + 1}: ${names[(index + request) % names.length]}`,
    done: (index + request) % 3 === 0,
  }));
}

/** Whether each request gets new todos (`new`, the default: as with any real data) or the same ones. */
const dataMode = process.env.BENCH_TODO_DATA ?? 'new';
if (dataMode !== 'new' && dataMode !== 'same') throw new Error(`BENCH_TODO_DATA must be new or same, not "${dataMode}"`);

let sameTodos;
let requests = 0;

/** The todos for the next request this process answers: request 0, 1, 2… (or always 0 with `same`). */
export function todosForRequest() {
  if (dataMode === 'same') return (sameTodos ??= createTodos());
  return createTodos(todoCount, undefined, requests++);
}

function readCount(value) {
  if (value === undefined) return defaultCount;
  const count = Number(value);
  if (!Number.isSafeInteger(count) || count < 1 || count > 10_000) throw new Error(`BENCH_TODO_COUNT must be a whole number from 1 to 10000, not "${value}"`);
  return count;
}
