import { after } from 'node:test';
import { startDevServer } from '../../src/dev/dev-server.js';
import { captureLogger } from './app.js';
/** `uplift dev` in process on 127.0.0.1 with a free port and an empty environment; closed after the file. */
export async function startDev(root) {
    const logger = captureLogger();
    const server = await startDevServer({ root, logger, env: {}, listen: { port: 0, host: '127.0.0.1' } });
    after(() => server.close(200));
    return Object.assign(server, { logger });
}
/**
 * Polls `check` until it returns a value other than undefined, at most `timeoutMs` (a bound for
 * machines under load, not a speed assertion). Throws with the last value seen otherwise.
 */
export async function eventually(check, timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const value = await check();
        if (value !== undefined)
            return value;
        if (Date.now() > deadline)
            throw new Error(`gave up after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 25));
    }
}
/**
 * The body of `GET url` when `predicate` holds for it, polling until then. A refused connection
 * counts as "not yet": a dev worker being replaced is briefly not listening.
 */
export function pageWhen(url, predicate) {
    return eventually(async () => {
        const response = await fetch(url).catch(() => undefined);
        if (response === undefined)
            return undefined;
        const body = await response.text();
        return predicate(body, response.status) ? body : undefined;
    });
}
//# sourceMappingURL=dev.js.map