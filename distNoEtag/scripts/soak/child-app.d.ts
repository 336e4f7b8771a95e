/**
 * The app under soak runs in its own process, started with the real CLI, so the load generator and
 * the server never share a thread and the RSS measured is the server's alone.
 */
import { type ListeningChild } from '../../bench/lib/listening-child.js';
export type { ChildExit } from '../../bench/lib/listening-child.js';
/** A running `uplift start` child; `stop()` gives SIGTERM 12 s before SIGKILL unless told otherwise. */
export type ChildApp = ListeningChild;
/** Options for `startChildApp`. */
export interface ChildAppOptions {
    /** The project folder holding `app/`. */
    readonly root: string;
    /** Added to this process's environment. */
    readonly env: Readonly<Record<string, string>>;
    /** How long to wait for `listening on`, default 15 s. */
    readonly readyTimeoutMs?: number;
}
/**
 * Runs `node bin/uplift.js start <root> --port 0` and resolves once it prints its URL. Rejects with
 * the child's stderr when it exits first or stays silent past the timeout (the child is then killed).
 *
 * @example
 * const app = await startChildApp({ root: exampleRoot, env: { NODE_ENV: 'production', ARC_APP_SECRET: secret } });
 * const exit = await app.stop(); // { code: 0, signal: null, killed: false }
 */
export declare function startChildApp(options: ChildAppOptions): Promise<ChildApp>;
