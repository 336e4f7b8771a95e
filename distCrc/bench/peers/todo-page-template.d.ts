/**
 * The ceiling of the `page` suite: the final HTML of the todo page, written by hand with template
 * strings. It is the document a framework must produce for bench/apps/todos (app/head.mjs, the
 * elements' styles hoisted and scoped into one head `<style>`, each element expanded with
 * `enhanced="✨"`, slots filled), byte for byte what real Enhance answers; the bench smoke test
 * compares the two, so the ceiling never does less work than the frameworks it bounds.
 */
import type { Todo } from './todos-app.js';
/** The document up to the end of the head's own tags (app/head.mjs). */
export declare const head: string;
/**
 * The elements' styles, scoped (`:host` → the tag) and hoisted into one head `<style>`, in the
 * layout Enhance's transform prints.
 */
export declare const hoistedStyle: string;
/** The whole todo page for `todos`, built from strings on every call (as a request would). */
export declare function renderTodoPage(todos: readonly Todo[]): string;
