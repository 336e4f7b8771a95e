import type { Todo } from './todos-app.js';
/** The verdict on one answer: `ok` false means the target must not be measured. */
export interface PageCheck {
    readonly ok: boolean;
    /**
     * One line for the row's note, e.g. `20/20 todo-item elements expanded, slots filled, styles
     * hoisted`; free of `<` and `>`, since RESULTS.md would take them for markup.
     */
    readonly detail: string;
}
/**
 * Check that `html` is the todo page for `todos`: an expanded `<todo-list>`, one expanded
 * `<todo-item enhanced="✨">` per todo in order (its key, its checkbox reflecting `done`, its title
 * slotted in), no `<slot>` left over, and the elements' styles hoisted into the head.
 */
export declare function checkTodoPage(html: string, todos: readonly Todo[]): PageCheck;
