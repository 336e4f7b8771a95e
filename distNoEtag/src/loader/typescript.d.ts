import type { SourceTransform } from './transform.js';
/**
 * `.ts` / `.mts` → JavaScript, with an inline source map so stack traces name the `.ts` lines.
 * Types are only erased (esbuild checks nothing): run `tsc --noEmit` in the app for type errors.
 * A syntax error is thrown as a SyntaxError whose message starts with `file:line:column: `.
 */
export declare const compileTypeScript: SourceTransform;
