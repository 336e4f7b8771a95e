import { resolve } from 'node:path';
import { createApp } from '../../server/create-app.js';
import type { RunningServer } from '../../server/listen.js';

export interface StartOptions {
  root: string;
  port?: number;
  host?: string;
}

/**
 * `uplift start`: loads the app, listens, and prints `listening on <url>` once ready. Returns the
 * running server so the caller decides how to stop it.
 */
export async function start(options: StartOptions): Promise<RunningServer> {
  const app = await createApp({ root: resolve(options.root), });
  const server = await app.listen({ port: options.port ?? 3333, host: options.host ?? '127.0.0.1' });
  process.stdout.write(`listening on ${server.url}\n`);
  return server;
}
