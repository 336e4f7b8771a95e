/** How a child ended. */
export interface ChildExit {
    readonly code: number | null;
    readonly signal: string | null;
    /** True when SIGTERM was not enough and SIGKILL was sent. */
    readonly killed: boolean;
}
/** A running child that has printed its readiness line. */
export interface ListeningChild {
    /** `http://127.0.0.1:PORT`, read from the child's `listening on` line. */
    readonly url: string;
    readonly pid: number;
    /** The last characters the child wrote to stderr (warnings, logged errors). */
    stderrTail(): string;
    /** SIGTERM, then SIGKILL after `killAfterMs` (default: the start option); resolves with how it exited. */
    stop(killAfterMs?: number): Promise<ChildExit>;
    /** SIGKILL now, for a watchdog that has given up. */
    kill(): void;
}
/** Options for `startListeningChild`. */
export interface ListeningChildOptions {
    /** What `node` runs: a script and its arguments. */
    readonly args: readonly string[];
    /** Starts every error message, e.g. the script's path. */
    readonly label: string;
    /** Added to this process's environment. */
    readonly env?: Readonly<Record<string, string>>;
    /** How long to wait for the readiness line before giving up. */
    readonly readyTimeoutMs: number;
    /** How long `stop()` gives SIGTERM before SIGKILL, unless told otherwise. */
    readonly killAfterMs: number;
    /** How many characters of stderr to keep for errors and `stderrTail()`. */
    readonly stderrKeep: number;
    /** Ends the error of a child that never printed its line, saying what to fix. */
    readonly readyHint?: string;
}
/**
 * Runs `node <args>` and resolves once it prints its `listening on` line. Rejects with the child's
 * stderr when it exits first, cannot be spawned, or stays silent past the timeout (it is then killed).
 *
 * @example
 * const child = await startListeningChild({ args: [script], label: `${script}:`, readyTimeoutMs: 15_000, killAfterMs: 3_000, stderrKeep: 4096 });
 * const exit = await child.stop(); // { code: 0, signal: null, killed: false }
 */
export declare function startListeningChild(options: ListeningChildOptions): Promise<ListeningChild>;
