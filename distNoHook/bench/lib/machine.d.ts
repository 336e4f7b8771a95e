/** The context printed above every results table. */
export interface RunContext {
    /** ISO 8601, UTC. */
    readonly date: string;
    readonly node: string;
    readonly cpu: string;
    readonly cores: number;
    /** The command as typed, e.g. `npm run bench -- --seconds 3`. */
    readonly command: string;
}
/** Describe this run from the process and the OS. */
export declare function describeRun(args: readonly string[], now?: Date): RunContext;
