/**
 * Runs one bench server program in its own Node process (listening-child.ts), so the load generator
 * and the server never share a JS thread, and stops it by pid afterwards.
 */
import { startListeningChild } from './listening-child.js';
const stderrKeep = 4096;
/** Start `node <script>` and resolve once it prints its `listening on` line. */
export async function startChildServer(script, options = {}) {
    const killAfterMs = options.killAfterMs ?? 3_000;
    const child = await startListeningChild({
        args: [script],
        label: `${script}:`,
        env: options.env,
        readyTimeoutMs: options.readyTimeoutMs ?? 15_000,
        killAfterMs,
        stderrKeep,
        readyHint: 'make the program print it once it listens',
    });
    return { url: child.url, pid: child.pid, stop: () => stopWithin(child.stop(), killAfterMs + exitGraceMs) };
}
// After SIGKILL the exit is reported within milliseconds on an idle machine, but can take seconds
// on a loaded one; a wait tied to killAfterMs alone gave up too early there.
const exitGraceMs = 5_000;
// A bench run must not hang on a child that outlives even SIGKILL (stuck in the kernel): stop waits
// for the exit at most `ms`, then lets the run go on.
async function stopWithin(stopped, ms) {
    let giveUp;
    const gaveUp = new Promise((resolve) => {
        giveUp = setTimeout(resolve, ms);
    });
    try {
        await Promise.race([stopped, gaveUp]);
    }
    finally {
        clearTimeout(giveUp);
    }
}
//# sourceMappingURL=child-server.js.map