/** How to load a target for one window. */
export interface LoadOptions {
    /** Window length, seconds (fractions allowed). */
    readonly seconds: number;
    readonly connections: number;
    readonly headers?: Readonly<Record<string, string>>;
}
/** What one window produced. */
export interface LoadResult {
    /** Completed requests divided by the window's actual length (exact even for short windows). */
    readonly requestsPerSecond: number;
    readonly p99Ms: number;
    /** Completed requests. */
    readonly total: number;
    /** Responses that were not 2xx; anything but 0 makes the measurement suspect. */
    readonly non2xx: number;
    /** Socket errors, including timeouts. */
    readonly errors: number;
    readonly timeouts: number;
}
/** Load `url` for `options.seconds` with pipelining 1; never runs longer than that plus 15 s. */
export declare function runLoad(url: string, options: LoadOptions): Promise<LoadResult>;
