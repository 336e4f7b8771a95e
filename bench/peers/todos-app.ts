/**
 * The todo app every `page` suite target serves. Its data lives in a plain `.mjs` file under
 * bench/apps/todos (the app must stay an ordinary Enhance app), so the TypeScript servers load it
 * here, from the source tree, and check its shape once at start-up.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';

/** One todo, as app/api/index.mjs returns it in `{ json: { todos } }`. */
export interface Todo {
  readonly id: number;
  readonly title: string;
  readonly done: boolean;
}

/** Which titles the todos get (bench/apps/todos/app/lib/todos.mjs). */
export type TodoText = 'ascii' | 'unicode' | 'markup';

/** Whether every request gets new todos or the same ones. */
export type TodoDataMode = 'new' | 'same';

/** One kind of todo page: how many items, which titles, new or the same data per request. */
export interface TodoVariant {
  readonly count: number;
  readonly text: TodoText;
  readonly data: TodoDataMode;
}

/** The page the app serves when its server child is given no variant. */
export const defaultTodoVariant: TodoVariant = { count: 20, text: 'ascii', data: 'new' };

/** What the page servers and checks share. */
export interface TodoData {
  /** How many items the page must show. */
  readonly todoCount: number;
  /** The todos of a server's first request. */
  readonly todos: readonly Todo[];
  /** The todos of a server's `request`-th request (0 is the first). */
  todosAt(request: number): readonly Todo[];
  /** In a server child: the todos for the next request it answers, as the app's API takes them. */
  todosForRequest(): readonly Todo[];
}

// Compiled code runs from dist/bench/peers/, the app from the source tree (like lib/paths.ts).
/** The project folder Uplift's `createApp({ root })` takes: it holds `app/`. */
export const todosAppRoot: string = fileURLToPath(new URL('../../../bench/apps/todos/', import.meta.url));

/** The `app/` folder itself: the base path Enhance's router resolves api/, pages/, elements/ in. */
export const todosAppDir: string = fileURLToPath(new URL('../../../bench/apps/todos/app/', import.meta.url));

const dataFile = `${todosAppDir}lib/todos.mjs`;

/** The environment a server child reads its variant from (bench/apps/todos/app/lib/todos.mjs). */
export function todoVariantEnv(variant: TodoVariant): Record<string, string> {
  return { BENCH_TODO_COUNT: String(variant.count), BENCH_TODO_TEXT: variant.text, BENCH_TODO_DATA: variant.data };
}

/**
 * Import the todos as the app's API does and check their shape. With a `variant`, the todos are
 * that variant's (for a suite checking a server's answers); without, those the environment picks.
 */
export async function loadTodoData(variant?: TodoVariant): Promise<TodoData> {
  const data = (await import(pathToFileURL(dataFile).href)) as Record<string, unknown>;
  const { createTodos, todosForRequest } = data;
  const todoCount = variant?.count ?? data['todoCount'];
  if (typeof todoCount !== 'number' || !Number.isSafeInteger(todoCount) || todoCount < 1) {
    throw new Error(`${dataFile}: export \`todoCount\` as a positive integer (the number of todos the page shows).`);
  }
  if (typeof createTodos !== 'function' || typeof todosForRequest !== 'function') {
    throw new Error(`${dataFile}: export \`createTodos(count, text, request)\` and \`todosForRequest()\` returning the todo lists the app's API serves.`);
  }
  const todosAt = (request: number): readonly Todo[] => checkTodos(createTodos(todoCount, variant?.text, variant?.data === 'same' ? 0 : request), todoCount);
  // Handed on unchecked: a server calls it per request, and checking each list there would be work
  // that Uplift and Enhance, which call the app's API directly, do not do. The suites check answers.
  return { todoCount, todos: todosAt(0), todosAt, todosForRequest: todosForRequest as () => readonly Todo[] };
}

function checkTodos(todos: unknown, todoCount: number): readonly Todo[] {
  if (!Array.isArray(todos) || todos.length !== todoCount || !todos.every(isTodo)) {
    throw new Error(`${dataFile}: the todo lists must hold ${todoCount} objects { id: number, title: string, done: boolean }.`);
  }
  return todos;
}

function isTodo(value: unknown): value is Todo {
  if (value === null || typeof value !== 'object') return false;
  const todo = value as Record<string, unknown>;
  return typeof todo['id'] === 'number' && typeof todo['title'] === 'string' && typeof todo['done'] === 'boolean';
}
