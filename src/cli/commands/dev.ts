import { resolve } from 'node:path';
import { startDevServer } from '../../dev/dev-server.js';
import type { RunningServer } from '../../server/listen.js';
import type { StartOptions } from './start.js';

/**
 * `uplift dev` (and `uplift start --dev`): serves the app in dev mode, rebuilding and reloading
 * open pages on every change under `app/` and `public/`. Prints `listening on <url>` once ready.
 */
export async function dev(options: StartOptions): Promise<RunningServer> {
  const server = await startDevServer({ root: resolve(options.root), listen: { port: options.port ?? 3333, host: options.host ?? '127.0.0.1' } });
  process.stdout.write(`listening on ${server.url} (dev: watching app/ and public/; pages reload on save)\n`);
  return server;
}
