import type { AppOptions, ListenOptions, Logger, RunningServer } from '../../src/index.js';
/**
 * Writes a real project folder in the system temp dir: keys are paths relative to the project root
 * (`app/api/x.mjs`), values are file contents. Removed after the test file finishes.
 */
export declare function tmpApp(files: Record<string, string>): Promise<string>;
/** A logger that keeps lines, so tests can assert what was logged (and that nothing leaked). */
export interface CapturedLogger extends Logger {
    readonly lines: string[];
}
export declare function captureLogger(): CapturedLogger;
export interface StartedApp extends RunningServer {
    readonly logger: CapturedLogger;
}
/** Starts the app in `root` on 127.0.0.1 with a free port; stopped after the test file finishes. */
export declare function startApp(root: string, options?: Partial<AppOptions>, listenOptions?: ListenOptions): Promise<StartedApp>;
/** Writes the files and starts the app in one step. */
export declare function serve(files: Record<string, string>, options?: Partial<AppOptions>): Promise<StartedApp>;
