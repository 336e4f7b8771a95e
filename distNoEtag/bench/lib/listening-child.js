/**
 * A server in its own Node process, so a load generator and the server never share a JS thread:
 * started, awaited until it prints `listening on http://127.0.0.1:PORT` (listening-line.ts), and
 * stopped by pid. The bench servers (child-server.ts) and the soak's app (scripts/soak/child-app.ts)
 * both run this way.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { parseListeningLine } from './listening-line.js';
// Children still running when this process exits (an exception, Ctrl-C) would keep their ports,
// memory and CPU; this set lets one exit hook kill them. It only ever holds live children.
const liveChildren = new Set();
process.once('exit', () => {
    for (const child of liveChildren)
        child.kill('SIGKILL');
});
/**
 * Runs `node <args>` and resolves once it prints its `listening on` line. Rejects with the child's
 * stderr when it exits first, cannot be spawned, or stays silent past the timeout (it is then killed).
 *
 * @example
 * const child = await startListeningChild({ args: [script], label: `${script}:`, readyTimeoutMs: 15_000, killAfterMs: 3_000, stderrKeep: 4096 });
 * const exit = await child.stop(); // { code: 0, signal: null, killed: false }
 */
export async function startListeningChild(options) {
    const child = spawn(process.execPath, options.args, {
        env: { ...process.env, ...options.env },
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    liveChildren.add(child);
    const exited = new Promise((resolve) => {
        child.once('exit', (code, signal) => {
            liveChildren.delete(child);
            resolve({ code, signal, killed: signal === 'SIGKILL' });
        });
    });
    let stderr = '';
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk) => {
        stderr = (stderr + chunk).slice(-options.stderrKeep);
    });
    const kill = () => {
        if (child.exitCode === null && child.signalCode === null)
            child.kill('SIGKILL');
    };
    const stop = (killAfterMs = options.killAfterMs) => stopChild(child, exited, killAfterMs);
    try {
        const url = await waitForUrl(child, options, () => stderr);
        return { url, pid: child.pid ?? -1, stderrTail: () => stderr, stop, kill };
    }
    catch (error) {
        // No pid means spawn itself failed: there is no process to kill and no exit event to wait for.
        if (child.pid !== undefined) {
            kill();
            await exited;
        }
        throw error;
    }
}
function waitForUrl(child, options, readStderr) {
    return new Promise((resolve, reject) => {
        const lines = createInterface({ input: child.stdout });
        const fail = (why) => {
            cleanup();
            const tail = readStderr().trim();
            reject(new Error(`${options.label} ${why}${tail === '' ? '' : `\nchild stderr:\n${tail}`}`));
        };
        const onLine = (line) => {
            const url = parseListeningLine(line);
            if (url === null)
                return;
            cleanup();
            // Keep draining stdout so a chatty child never blocks on a full pipe (uplift start prints on SIGTERM).
            child.stdout?.resume();
            resolve(url);
        };
        const onExit = (code, signal) => fail(`exited (code ${code}, signal ${signal}) before printing "listening on http://127.0.0.1:PORT".`);
        const onError = (error) => fail(`could not be started: ${error.message}`);
        const hint = options.readyHint === undefined ? '' : `; ${options.readyHint}`;
        const timer = setTimeout(() => fail(`printed no "listening on http://127.0.0.1:PORT" line within ${options.readyTimeoutMs} ms${hint}.`), options.readyTimeoutMs);
        const cleanup = () => {
            clearTimeout(timer);
            lines.off('line', onLine);
            lines.close();
            child.off('exit', onExit);
            child.off('error', onError);
        };
        lines.on('line', onLine);
        child.once('exit', onExit);
        child.once('error', onError);
    });
}
async function stopChild(child, exited, killAfterMs) {
    if (child.exitCode === null && child.signalCode === null)
        child.kill('SIGTERM');
    const killTimer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    try {
        return await exited;
    }
    finally {
        clearTimeout(killTimer);
    }
}
//# sourceMappingURL=listening-child.js.map