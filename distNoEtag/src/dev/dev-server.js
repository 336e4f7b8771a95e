import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { toNodeListener } from '../adapters/node.js';
import { loadApp } from '../core/app.js';
import { createUnknownElementWarning } from '../core/dev-warnings.js';
import { listen } from '../server/listen.js';
import { UpliftError } from '../common/errors.js';
import { consoleLogger } from '../common/logger.js';
import { readDevSecret } from './dev-secret.js';
import { renderBuildFailure, sendBuildFailure } from './error-page.js';
import { injectDevClient } from './inject-client.js';
import { locateProblem } from './locate-problem.js';
import { createReloadChannel, devClientPath, devClientScript, devEventsPath } from './reload-channel.js';
import { watchApp } from './watch-app.js';
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
export async function startDevServer(options) {
    const root = resolve(options.root);
    const logger = options.logger ?? consoleLogger;
    const appOptions = { ...options, root, logger, dev: true, session: await withDevSecret(options, root) };
    // Build ids differ across restarts too, so a page from the last run reloads once it reconnects.
    const bootId = randomBytes(4).toString('hex');
    let version = 0;
    const onUnknownElement = createUnknownElementWarning(logger);
    let current = await build();
    const channel = createReloadChannel(() => current.id);
    async function build() {
        version += 1;
        const id = `${bootId}-${version}`;
        try {
            const app = await loadApp(appOptions, { moduleVersion: version, onUnknownElement });
            return { id, listener: toNodeListener((request) => app.handle(request).then((response) => injectDevClient(response, id)), logger) };
        }
        catch (error) {
            const code = error instanceof UpliftError ? error.code : undefined;
            const message = error instanceof Error ? error.message : String(error);
            logger.error(`the app does not build${code ? ` (${code})` : ''}: ${message}`);
            const page = await renderBuildFailure({ code, message, location: await locateProblem(error, root) }, root, id);
            return { id, listener: (_req, res) => sendBuildFailure(res, page) };
        }
    }
    const rebuilds = serialize(logger, async (batch) => {
        const started = performance.now();
        current = await build();
        logger.info(`rebuilt in ${Math.round(performance.now() - started)} ms: ${batch.files.join(', ')}`);
        channel.announce(current.id);
        if (options.buildLimit && version >= options.buildLimit.builds)
            options.buildLimit.reached();
    });
    const watcher = await watchApp(root, rebuilds, (error) => logger.warn(`file watching failed: ${error.message}`));
    const listener = (req, res) => {
        const path = req.url?.split('?')[0];
        if (path === devEventsPath && req.method === 'GET')
            return channel.accept(req, res);
        if (path === devClientPath && req.method === 'GET') {
            res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
            return res.end(devClientScript);
        }
        return current.listener(req, res);
    };
    const server = await listen(listener, options.listen ?? {}, logger);
    return {
        ...server,
        close: async (timeoutMs) => {
            await watcher.close();
            channel.close();
            await server.close(timeoutMs);
        },
    };
}
/**
 * The session options with the app's stable dev secret, unless the environment or the options
 * already name secrets.
 */
async function withDevSecret(options, root) {
    const env = options.env ?? process.env;
    if (options.session?.secrets || env['ARC_APP_SECRET'] || env['UPLIFT_SESSION_SECRETS'])
        return options.session;
    return { ...options.session, secrets: [await readDevSecret(root)] };
}
/** Runs `task` for each batch one at a time; batches arriving meanwhile are merged into one run. */
function serialize(logger, task) {
    let running;
    let queued;
    const run = (batch) => {
        const done = task(batch).catch((error) => logger.error(`rebuild failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
        running = done.finally(() => {
            running = undefined;
            const next = queued;
            queued = undefined;
            if (next)
                run(next);
        });
    };
    return (batch) => {
        if (running === undefined)
            return run(batch);
        queued = { files: [...new Set([...(queued?.files ?? []), ...batch.files])] };
    };
}
//# sourceMappingURL=dev-server.js.map