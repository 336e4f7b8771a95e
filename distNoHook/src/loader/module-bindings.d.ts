/**
 * What a module's top-level names are bound to, for the markup transform: names that come from a
 * package (imports whose source is not a relative path, an absolute path or a `node:` builtin,
 * plus names destructured from one, as in `const { styleTag } = getStyles`), and `const`s with
 * their initialisers (a name declared more than once is left out: its value is not known).
 */
import type { Expression, Program } from 'acorn';
export interface ModuleBindings {
    /** Names bound to something imported from a package (functions, namespaces, defaults). */
    readonly packages: ReadonlySet<string>;
    /** `const name = init` declarations, anywhere in the module, when the name is unique. */
    readonly consts: ReadonlyMap<string, Expression>;
}
/** The bindings of a parsed module. */
export declare function moduleBindings(program: Program): ModuleBindings;
