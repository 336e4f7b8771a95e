/**
 * The one-line readiness protocol between a bench server program and the harness: the child prints
 * `listening on http://127.0.0.1:PORT` once it accepts connections (the same line `uplift start`
 * prints), and the parent waits for it before loading.
 */
/** The line a server program prints once it is ready. */
export declare function formatListeningLine(port: number): string;
/** The URL from a readiness line, or null if the line is anything else (or names another host). */
export declare function parseListeningLine(line: string): string | null;
