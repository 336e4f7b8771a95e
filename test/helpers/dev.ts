import { after } from 'node:test';
import { startDevServer } from '../../src/dev/dev-server.js';
import type { RunningServer } from '../../src/index.js';
import { captureLogger, type CapturedLogger } from './app.js';

export interface StartedDevServer extends RunningServer {
  readonly logger: CapturedLogger;
}

/** `uplift dev` in process on 127.0.0.1 with a free port and an empty environment; closed after the file. */
export async function startDev(root: string): Promise<StartedDevServer> {
  const logger = captureLogger();
  const server = await startDevServer({ root, logger, env: {}, listen: { port: 0, host: '127.0.0.1' } });
  after(() => server.close(200));
  return Object.assign(server, { logger });
}

/**
 * Polls `check` until it returns a value other than undefined, at most `timeoutMs` (a bound for
 * machines under load, not a speed assertion). Throws with the last value seen otherwise.
 */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`gave up after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * The body of `GET url` when `predicate` holds for it, polling until then. A refused connection
 * counts as "not yet": a dev worker being replaced is briefly not listening.
 */
export function pageWhen(url: string, predicate: (body: string, status: number) => boolean): Promise<string> {
  return eventually(async () => {
    const response = await fetch(url).catch(() => undefined);
    if (response === undefined) return undefined;
    const body = await response.text();
    return predicate(body, response.status) ? body : undefined;
  });
}
