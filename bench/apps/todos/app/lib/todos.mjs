// The todo list every target of the `page` bench suite renders: the app's API (app/api/index.mjs)
// and the template-string ceiling (bench/servers/page-ceiling.ts) both read it from here, so a
// 200-item variant is a change to `todoCount` alone. It lives in app/ so the app deploys unchanged.

/** How many todos the page shows. */
export const todoCount = 20;

/**
 * The titles: plain ASCII, or (`BENCH_TODO_TEXT=unicode`, the `page-unicode` suite) with the
 * characters beyond it that real text has, so the bench also measures pages that are not ASCII.
 */
const chores = {
  ascii: ['water the plants', 'answer the mail', 'book the train', 'fix the gate', 'buy coffee'],
  unicode: ['water the plants — all of them', 'answer the mail · today', 'book the train to Zürich', 'fix the gate’s latch', 'buy coffee ☕'],
};

/** The same `count` todos (`{ id, title, done }`) on every call: every third one is done. */
export function createTodos(count = todoCount, text = process.env.BENCH_TODO_TEXT ?? 'ascii') {
  const names = chores[text];
  if (names === undefined) throw new Error(`BENCH_TODO_TEXT must be one of ${Object.keys(chores).join(', ')}, not "${text}"`);
  return Array.from({ length: count }, (_, index) => ({
    id: index + 1,
    title: `Todo ${index + 1}: ${names[index % names.length]}`,
    done: index % 3 === 0,
  }));
}
