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
export declare const defaultTodoVariant: TodoVariant;
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
/** The project folder Uplift's `createApp({ root })` takes: it holds `app/`. */
export declare const todosAppRoot: string;
/** The `app/` folder itself: the base path Enhance's router resolves api/, pages/, elements/ in. */
export declare const todosAppDir: string;
/** The environment a server child reads its variant from (bench/apps/todos/app/lib/todos.mjs). */
export declare function todoVariantEnv(variant: TodoVariant): Record<string, string>;
/**
 * Import the todos as the app's API does and check their shape. With a `variant`, the todos are
 * that variant's (for a suite checking a server's answers); without, those the environment picks.
 */
export declare function loadTodoData(variant?: TodoVariant): Promise<TodoData>;
