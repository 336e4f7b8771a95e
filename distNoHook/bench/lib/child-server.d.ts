/** A running server child. */
export interface ChildServer {
    /** `http://127.0.0.1:PORT`, read from the child's readiness line. */
    readonly url: string;
    readonly pid: number;
    /** SIGTERM, then SIGKILL after `killAfterMs`; resolves once the process has exited. */
    stop(): Promise<void>;
}
/** Options for `startChildServer`. */
export interface ChildServerOptions {
    /** How long to wait for the readiness line before giving up (default 15 s). */
    readonly readyTimeoutMs?: number;
    /** How long SIGTERM gets before SIGKILL (default 3 s). */
    readonly killAfterMs?: number;
    /** Added to the child's environment. */
    readonly env?: Readonly<Record<string, string>>;
}
/** Start `node <script>` and resolve once it prints its `listening on` line. */
export declare function startChildServer(script: string, options?: ChildServerOptions): Promise<ChildServer>;
