import type { RunningServer } from '../../src/index.js';
import { type CapturedLogger } from './app.js';
export interface StartedDevServer extends RunningServer {
    readonly logger: CapturedLogger;
}
/** `uplift dev` in process on 127.0.0.1 with a free port and an empty environment; closed after the file. */
export declare function startDev(root: string): Promise<StartedDevServer>;
/**
 * Polls `check` until it returns a value other than undefined, at most `timeoutMs` (a bound for
 * machines under load, not a speed assertion). Throws with the last value seen otherwise.
 */
export declare function eventually<T>(check: () => Promise<T | undefined>, timeoutMs?: number): Promise<T>;
/**
 * The body of `GET url` when `predicate` holds for it, polling until then. A refused connection
 * counts as "not yet": a dev worker being replaced is briefly not listening.
 */
export declare function pageWhen(url: string, predicate: (body: string, status: number) => boolean): Promise<string>;
