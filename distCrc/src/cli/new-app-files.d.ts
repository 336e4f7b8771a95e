/**
 * The files `uplift new` writes: a small app that shows each part once (a page, an element, an API
 * route with a form, the head), a test over real HTTP, and the config file.
 */
/** The project's files by path; `packageRoot` is where this package lives (the `file:` dependency). */
export declare function newAppFiles(name: string, packageRoot: string): Record<string, string>;
