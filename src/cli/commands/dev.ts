import { resolve } from 'node:path';
import { startDevServer } from '../../dev/dev-server.js';
import { reportListening } from '../../dev/supervise.js';
import type { RunningServer } from '../../server/listen.js';
import type { StartOptions } from './start.js';

/** Builds per worker process before it is replaced, bounding the memory old module versions hold. */
const defaultMaxBuilds = 100;

/**
 * `uplift dev` (and `uplift start --dev`) in the worker process: serves the app in dev mode,
 * rebuilding and reloading open pages on every change under `app/` and `public/`. Prints
 * `listening on <url>` once ready. `restart` is called when the worker has built the app
 * `UPLIFT_DEV_MAX_BUILDS` times (default 100).
 */
export async function dev(options: StartOptions, restart: () => void): Promise<RunningServer> {
  const builds = Number(process.env['UPLIFT_DEV_MAX_BUILDS'] || defaultMaxBuilds);
  const server = await startDevServer({
    root: resolve(options.root),
    listen: { port: options.port ?? 3333, host: options.host ?? '127.0.0.1' },
    buildLimit: { builds: Number.isInteger(builds) && builds > 1 ? builds : defaultMaxBuilds, reached: restart },
  });
  process.stdout.write(`listening on ${server.url} (dev: watching app/ and public/; pages reload on save)\n`);
  reportListening(server.port);
  return server;
}
