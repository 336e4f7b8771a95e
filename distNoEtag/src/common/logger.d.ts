/** Where Uplift writes. Pass your own to `createApp({ logger })` to route or capture lines. */
export interface Logger {
    error(message: string): void;
    warn(message: string): void;
    info(message: string): void;
    /**
     * One call per answered request. Optional: a logger without it logs no requests, and requests
     * then carry no id (a 500's error id is made when needed).
     */
    request?(line: RequestLogLine): void;
}
/** What is logged for each request. */
export interface RequestLogLine {
    /** The request id; a 500 page shows it as its error id. */
    readonly id: string;
    readonly method: string;
    /** The path without its query string, which may carry tokens. */
    readonly path: string;
    readonly status: number;
    /** Milliseconds from the request's arrival to its response being written. */
    readonly ms: number;
}
/** Writes to stderr (errors, warnings) and stdout (info), prefixed so lines are easy to grep. */
export declare const consoleLogger: Logger;
