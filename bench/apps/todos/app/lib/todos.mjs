// The todo list every target of the `page` bench suite renders: the app's API (app/api/index.mjs)
// and the template-string ceiling (bench/servers/page-ceiling.ts) both read it from here, so a
// 200-item variant is a change to `todoCount` alone. It lives in app/ so the app deploys unchanged.

/** How many todos the page shows. */
export const todoCount = 20;

const chores = ['water the plants', 'answer the mail', 'book the train', 'fix the gate', 'buy coffee'];

/** The same `count` todos (`{ id, title, done }`) on every call: every third one is done. */
export function createTodos(count = todoCount) {
  return Array.from({ length: count }, (_, index) => ({
    id: index + 1,
    title: `Todo ${index + 1}: ${chores[index % chores.length]}`,
    done: index % 3 === 0,
  }));
}
