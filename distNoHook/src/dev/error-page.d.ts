import type { ServerResponse } from 'node:http';
import type { ProblemLocation } from './locate-problem.js';
/** What the dev server shows while the app does not build. */
export interface BuildFailure {
    readonly code: string | undefined;
    readonly message: string;
    readonly location: ProblemLocation | undefined;
}
/**
 * The page every request gets while the app fails to build: the error's code, its message, the
 * file, line and column, and the lines around it. It loads the dev client, so saving a fix
 * reloads the page.
 */
export declare function renderBuildFailure(failure: BuildFailure, root: string, buildId: string): Promise<string>;
/** Answers a request with the failure page (500: the server could not produce the page). */
export declare function sendBuildFailure(res: ServerResponse, html: string): void;
