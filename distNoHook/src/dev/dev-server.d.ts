import { type AppOptions } from '../core/app.js';
import { type ListenOptions, type RunningServer } from '../server/listen.js';
export interface DevServerOptions extends Omit<AppOptions, 'dev'> {
    readonly listen?: ListenOptions;
    /**
     * Called once the app has been built this many times. Every rebuild imports the app's modules
     * afresh and Node frees none of them, so the caller restarts the process here (the CLI does,
     * after 100 builds by default). Without it, builds are not counted.
     */
    readonly buildLimit?: {
        readonly builds: number;
        readonly reached: () => void;
    };
}
/**
 * `uplift dev`: serves the app in dev mode and rebuilds it when a file under `app/` changes.
 * Each rebuild loads a new, immutable app (routes, modules re-imported under a new version,
 * elements, pages) and swaps it in with one assignment; requests already running finish on the
 * build they started with. A build that fails is served as an error page naming the file, line
 * and column, and the server keeps running. Open pages reload through Server-Sent Events.
 *
 * @example
 * const server = await startDevServer({ root: '/srv/site', listen: { port: 3333 } });
 * console.log(`listening on ${server.url}`);
 */
export declare function startDevServer(options: DevServerOptions): Promise<RunningServer>;
