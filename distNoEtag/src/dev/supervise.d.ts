/** Set in a dev worker's environment: it serves; its parent only supervises. */
export declare const devWorkerEnv = "UPLIFT_DEV_WORKER";
/** A worker exits with this code to be replaced by a fresh process (EX_TEMPFAIL). */
export declare const restartExitCode = 75;
/**
 * Runs `uplift dev` in a worker process and starts a new one each time the worker exits with
 * `restartExitCode` — which it does after a set number of rebuilds, because Node keeps every
 * module version a rebuild imports until the process ends. The replacement listens on the same
 * port. SIGINT and SIGTERM are passed on; resolves with the worker's final exit code.
 */
export declare function superviseDevWorkers(script: string, args: readonly string[]): Promise<number>;
/** In a worker: tell the supervisor the port, so a replacement reuses it. */
export declare function reportListening(port: number): void;
