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

/** What the page servers share. */
export interface TodoData {
  /** `todoCount` from bench/apps/todos/app/lib/todos.mjs: how many items the page must show. */
  readonly todoCount: number;
  readonly todos: readonly Todo[];
}

// Compiled code runs from dist/bench/peers/, the app from the source tree (like lib/paths.ts).
/** The project folder Uplift's `createApp({ root })` takes: it holds `app/`. */
export const todosAppRoot: string = fileURLToPath(new URL('../../../bench/apps/todos/', import.meta.url));

/** The `app/` folder itself: the base path Enhance's router resolves api/, pages/, elements/ in. */
export const todosAppDir: string = fileURLToPath(new URL('../../../bench/apps/todos/app/', import.meta.url));

const dataFile = `${todosAppDir}lib/todos.mjs`;

/** Which titles the todos get (bench/apps/todos/app/lib/todos.mjs); servers read BENCH_TODO_TEXT. */
export type TodoText = 'ascii' | 'unicode';

/** The environment variable that picks the titles in a server child. */
export const todoTextVariable = 'BENCH_TODO_TEXT';

/**
 * Import the todos through `createTodos()`, as the app's API does, and check their shape. Without
 * `text`, the titles are those the environment picks, as in the app.
 */
export async function loadTodoData(text?: TodoText): Promise<TodoData> {
  const data = (await import(pathToFileURL(dataFile).href)) as Record<string, unknown>;
  const { todoCount, createTodos } = data;
  if (typeof todoCount !== 'number' || !Number.isSafeInteger(todoCount) || todoCount < 1) {
    throw new Error(`${dataFile}: export \`todoCount\` as a positive integer (the number of todos the page shows).`);
  }
  if (typeof createTodos !== 'function') {
    throw new Error(`${dataFile}: export \`createTodos()\` returning the todo list the app's API serves.`);
  }
  const todos: unknown = createTodos(undefined, text);
  if (!Array.isArray(todos) || todos.length !== todoCount || !todos.every(isTodo)) {
    throw new Error(`${dataFile}: createTodos() must return ${todoCount} objects { id: number, title: string, done: boolean }.`);
  }
  return { todoCount, todos };
}

function isTodo(value: unknown): value is Todo {
  if (value === null || typeof value !== 'object') return false;
  const todo = value as Record<string, unknown>;
  return typeof todo['id'] === 'number' && typeof todo['title'] === 'string' && typeof todo['done'] === 'boolean';
}
