/** What `npm run soak -- …` asked for. */
export interface SoakArgs {
    /** How long traffic runs, in seconds. */
    readonly seconds: number;
    /** The project folder (holding `app/`) the child serves, absolute. */
    readonly root: string;
    /** How many clients send requests at once. */
    readonly clients: number;
    readonly help: boolean;
}
/** A command line the soak cannot run; the message says which argument and what it accepts. */
export declare class SoakArgsError extends Error {
}
/** Accepted ranges: an hour of traffic at most, and enough clients to load a server, not a host. */
export declare const soakLimits: {
    readonly seconds: {
        min: number;
        max: number;
    };
    readonly clients: {
        min: number;
        max: number;
    };
};
/**
 * Reads `--seconds N` (default 60), `--root DIR` (default `defaultRoot`), `--clients N` (default 16)
 * and `--help`. Throws `SoakArgsError` for anything else, a missing value, or a number out of range.
 *
 * @example
 * parseSoakArgs(['--seconds', '5'], '/repo/example'); // { seconds: 5, root: '/repo/example', clients: 16, help: false }
 */
export declare function parseSoakArgs(argv: readonly string[], defaultRoot: string): SoakArgs;
