import type { Logger, RequestLogLine } from '../common/logger.js';
/** `json`: one JSON object per line (production); `pretty`: coloured lines for a person (dev). */
export type LogFormat = 'json' | 'pretty';
export interface CreateLoggerOptions {
    readonly format: LogFormat;
    /** Where lines go; default stdout. */
    readonly destination?: NodeJS.WritableStream;
}
/** A Logger that also logs one line per request, and can flush what it buffered before exit. */
export interface RequestLogger extends Logger {
    request(line: RequestLogLine): void;
    /** Writes out buffered lines; call before `process.exit`. */
    flush(): void;
}
/**
 * A pino logger behind Uplift's Logger interface. Each request becomes one line with `id`,
 * `method`, `path`, `status` and `ms`; its message repeats them so the pretty form reads alone.
 *
 * @example
 * import { createApp, createLogger } from 'uplift-html';
 * const app = await createApp({ root: '.', logger: createLogger({ format: 'json' }) });
 */
export declare function createLogger(options: CreateLoggerOptions): RequestLogger;
