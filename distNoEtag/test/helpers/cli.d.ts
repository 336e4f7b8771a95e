import { type ChildProcess } from 'node:child_process';
export interface CliProcess {
    readonly child: ChildProcess;
    readonly stdout: () => string;
    readonly stderr: () => string;
    /** Resolves with the exit code (or the signal name). */
    readonly exited: Promise<number | string>;
}
/** Runs `uplift <args>` as a child process, killed after the test file if still running. */
export declare function runCli(args: string[], env?: NodeJS.ProcessEnv): CliProcess;
/** Waits (at most `timeoutMs`) for the CLI to print `listening on <url>` and returns the URL. */
export declare function waitForUrl(cli: CliProcess, timeoutMs?: number): Promise<string>;
