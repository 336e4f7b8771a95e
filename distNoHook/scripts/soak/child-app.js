/**
 * The app under soak runs in its own process, started with the real CLI, so the load generator and
 * the server never share a thread and the RSS measured is the server's alone.
 */
import { startListeningChild } from '../../bench/lib/listening-child.js';
import { upliftBin } from './paths.js';
/**
 * Runs `node bin/uplift.js start <root> --port 0` and resolves once it prints its URL. Rejects with
 * the child's stderr when it exits first or stays silent past the timeout (the child is then killed).
 *
 * @example
 * const app = await startChildApp({ root: exampleRoot, env: { NODE_ENV: 'production', ARC_APP_SECRET: secret } });
 * const exit = await app.stop(); // { code: 0, signal: null, killed: false }
 */
export function startChildApp(options) {
    return startListeningChild({
        args: [upliftBin, 'start', options.root, '--port', '0'],
        label: 'uplift start',
        env: options.env,
        readyTimeoutMs: options.readyTimeoutMs ?? 15_000,
        killAfterMs: 12_000,
        stderrKeep: 8192,
    });
}
//# sourceMappingURL=child-app.js.map