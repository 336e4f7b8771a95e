import type { RequestListener } from 'node:http';
import { type AppOptions, type CoreApp } from '../core/app.js';
import { type ListenOptions, type RunningServer } from './listen.js';
/** A loaded Uplift app. */
export interface UpliftApp extends CoreApp {
    /** A node:http request listener, for `http.createServer(app.handler)` or a test harness. */
    readonly handler: RequestListener;
    /**
     * The server's `checkContinue` listener: `server.on('checkContinue', app.checkContinue)` refuses a
     * body declared over `bodyLimit` without sending `100 Continue`. `listen()` sets it up.
     */
    readonly checkContinue: RequestListener;
    /** Starts an HTTP server on 127.0.0.1:3333 by default. */
    listen(options?: ListenOptions): Promise<RunningServer>;
}
/**
 * Loads the app in `root` (the folder holding `app/`) and returns its handler.
 *
 * @example
 * import { createApp } from 'uplift-html';
 * const app = await createApp({ root: process.cwd() });
 * const server = await app.listen({ port: 3333 });
 * console.log(`listening on ${server.url}`);
 */
export declare function createApp(options: AppOptions): Promise<UpliftApp>;
