/**
 * Serves the project in `root` with the real Enhance runtime (@enhance/arc-plugin-enhance behind
 * node:http, as the bench runs it) on 127.0.0.1; closed after the test file. Returns its URL.
 * Enhance gets its own copy of the folder: Uplift's module hook transforms the modules of every
 * project Uplift loads in this process, and Enhance must import them as written.
 */
export declare function serveWithEnhance(root: string): Promise<string>;
