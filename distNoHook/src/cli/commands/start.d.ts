import type { UpliftConfig } from '../../config/config-schema.js';
import type { RunningServer } from '../../server/listen.js';
import type { Logger } from '../../common/logger.js';
import type { CliCommand } from '../command.js';
export interface StartOptions {
    root: string;
    port?: number;
    host?: string;
    dev?: boolean;
    /** The options from uplift.config.mjs, flags and environment, already merged. */
    config?: UpliftConfig;
    /** Environment for the log format and the app's secrets. Default `process.env`. */
    env?: NodeJS.ProcessEnv;
}
/** A started server, and the logger to flush before the process exits. */
export interface StartedServer extends RunningServer {
    readonly logger: Logger & {
        flush?(): void;
    };
}
/**
 * `uplift start`: loads the app, listens, and prints `listening on <url>` once ready. Returns the
 * running server so the caller decides how to stop it.
 */
export declare function start(options: StartOptions): Promise<StartedServer>;
/** `uplift start [root]`. */
export declare const startCommand: CliCommand;
