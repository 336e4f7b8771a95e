import { randomBytes } from 'node:crypto';
import type { RequestListener } from 'node:http';
import { resolve } from 'node:path';
import { toNodeListener } from '../adapters/node.js';
import { loadApp, type AppOptions } from '../core/app.js';
import { createUnknownElementWarning } from '../core/dev-warnings.js';
import { listen, type ListenOptions, type RunningServer } from '../server/listen.js';
import { UpliftError } from '../common/errors.js';
import { consoleLogger, type Logger } from '../common/logger.js';
import { readDevSecret } from './dev-secret.js';
import { renderBuildFailure, sendBuildFailure } from './error-page.js';
import { injectDevClient } from './inject-client.js';
import { locateProblem } from './locate-problem.js';
import { createReloadChannel, devClientPath, devClientScript, devEventsPath } from './reload-channel.js';
import { watchApp, type ChangeBatch } from './watch-app.js';

export interface DevServerOptions extends Omit<AppOptions, 'dev'> {
  readonly listen?: ListenOptions;
  /**
   * Called once the app has been built this many times. Every rebuild imports the app's modules
   * afresh and Node frees none of them, so the caller restarts the process here (the CLI does,
   * after 100 builds by default). Without it, builds are not counted.
   */
  readonly buildLimit?: { readonly builds: number; readonly reached: () => void };
}

/** One build of the app: what answers requests until the next one replaces it. */
interface Build {
  readonly id: string;
  readonly listener: RequestListener;
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
export async function startDevServer(options: DevServerOptions): Promise<RunningServer> {
  const root = resolve(options.root);
  const logger = options.logger ?? consoleLogger;
  const appOptions: AppOptions = { ...options, root, logger, dev: true, session: await withDevSecret(options, root) };
  // Build ids differ across restarts too, so a page from the last run reloads once it reconnects.
  const bootId = randomBytes(4).toString('hex');
  let version = 0;
  const onUnknownElement = createUnknownElementWarning(logger);
  let current: Build = await build();
  const channel = createReloadChannel(() => current.id);

  async function build(): Promise<Build> {
    version += 1;
    const id = `${bootId}-${version}`;
    try {
      const app = await loadApp(appOptions, { moduleVersion: version, onUnknownElement });
      return { id, listener: toNodeListener((request) => app.handle(request).then((response) => injectDevClient(response, id)), logger) };
    } catch (error) {
      const code = error instanceof UpliftError ? error.code : undefined;
      const message = error instanceof Error ? error.message : String(error);
      logger.error(`the app does not build${code ? ` (${code})` : ''}: ${message}`);
      const bodies = await renderBuildFailure({ code, message, location: await locateProblem(error, root) }, root, id);
      return { id, listener: (_req, res) => sendBuildFailure(res, bodies) };
    }
  }

  const rebuilds = serialize(logger, async (batch: ChangeBatch) => {
    const started = performance.now();
    current = await build();
    logger.info(`rebuilt in ${Math.round(performance.now() - started)} ms: ${batch.files.join(', ')}`);
    channel.announce(current.id);
    if (options.buildLimit && version >= options.buildLimit.builds) options.buildLimit.reached();
  });
  const watcher = await watchApp(root, rebuilds, (error) => logger.warn(`file watching failed: ${error.message}`));

  const listener: RequestListener = (req, res) => {
    const path = req.url?.split('?')[0];
    if (path === devEventsPath && req.method === 'GET') return channel.accept(req, res);
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
async function withDevSecret(options: DevServerOptions, root: string): Promise<AppOptions['session']> {
  const env = options.env ?? process.env;
  if (options.session?.secrets || env['ARC_APP_SECRET'] || env['UPLIFT_SESSION_SECRETS']) return options.session;
  return { ...options.session, secrets: [await readDevSecret(root)] };
}

/** Runs `task` for each batch one at a time; batches arriving meanwhile are merged into one run. */
function serialize(logger: Logger, task: (batch: ChangeBatch) => Promise<void>): (batch: ChangeBatch) => void {
  let running: Promise<void> | undefined;
  let queued: ChangeBatch | undefined;
  const run = (batch: ChangeBatch): void => {
    const done = task(batch).catch((error: unknown) => logger.error(`rebuild failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
    running = done.finally(() => {
      running = undefined;
      const next = queued;
      queued = undefined;
      if (next) run(next);
    });
  };
  return (batch) => {
    if (running === undefined) return run(batch);
    queued = { files: [...new Set([...(queued?.files ?? []), ...batch.files])] };
  };
}
