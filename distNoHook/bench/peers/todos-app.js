/**
 * The todo app every `page` suite target serves. Its data lives in a plain `.mjs` file under
 * bench/apps/todos (the app must stay an ordinary Enhance app), so the TypeScript servers load it
 * here, from the source tree, and check its shape once at start-up.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
/** The page the app serves when its server child is given no variant. */
export const defaultTodoVariant = { count: 20, text: 'ascii', data: 'new' };
// Compiled code runs from dist/bench/peers/, the app from the source tree (like lib/paths.ts).
/** The project folder Uplift's `createApp({ root })` takes: it holds `app/`. */
export const todosAppRoot = fileURLToPath(new URL('../../../bench/apps/todos/', import.meta.url));
/** The `app/` folder itself: the base path Enhance's router resolves api/, pages/, elements/ in. */
export const todosAppDir = fileURLToPath(new URL('../../../bench/apps/todos/app/', import.meta.url));
const dataFile = `${todosAppDir}lib/todos.mjs`;
/** The environment a server child reads its variant from (bench/apps/todos/app/lib/todos.mjs). */
export function todoVariantEnv(variant) {
    return { BENCH_TODO_COUNT: String(variant.count), BENCH_TODO_TEXT: variant.text, BENCH_TODO_DATA: variant.data };
}
/**
 * Import the todos as the app's API does and check their shape. With a `variant`, the todos are
 * that variant's (for a suite checking a server's answers); without, those the environment picks.
 */
export async function loadTodoData(variant) {
    const data = (await import(pathToFileURL(dataFile).href));
    const { createTodos, todosForRequest } = data;
    const todoCount = variant?.count ?? data['todoCount'];
    if (typeof todoCount !== 'number' || !Number.isSafeInteger(todoCount) || todoCount < 1) {
        throw new Error(`${dataFile}: export \`todoCount\` as a positive integer (the number of todos the page shows).`);
    }
    if (typeof createTodos !== 'function' || typeof todosForRequest !== 'function') {
        throw new Error(`${dataFile}: export \`createTodos(count, text, request)\` and \`todosForRequest()\` returning the todo lists the app's API serves.`);
    }
    const todosAt = (request) => checkTodos(createTodos(todoCount, variant?.text, variant?.data === 'same' ? 0 : request), todoCount);
    // Handed on unchecked: a server calls it per request, and checking each list there would be work
    // that Uplift and Enhance, which call the app's API directly, do not do. The suites check answers.
    return { todoCount, todos: todosAt(0), todosAt, todosForRequest: todosForRequest };
}
function checkTodos(todos, todoCount) {
    if (!Array.isArray(todos) || todos.length !== todoCount || !todos.every(isTodo)) {
        throw new Error(`${dataFile}: the todo lists must hold ${todoCount} objects { id: number, title: string, done: boolean }.`);
    }
    return todos;
}
function isTodo(value) {
    if (value === null || typeof value !== 'object')
        return false;
    const todo = value;
    return typeof todo['id'] === 'number' && typeof todo['title'] === 'string' && typeof todo['done'] === 'boolean';
}
//# sourceMappingURL=todos-app.js.map