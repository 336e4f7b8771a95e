import { fork } from 'node:child_process';
/** Set in a dev worker's environment: it serves; its parent only supervises. */
export const devWorkerEnv = 'UPLIFT_DEV_WORKER';
/** A worker exits with this code to be replaced by a fresh process (EX_TEMPFAIL). */
export const restartExitCode = 75;
/**
 * Runs `uplift dev` in a worker process and starts a new one each time the worker exits with
 * `restartExitCode` — which it does after a set number of rebuilds, because Node keeps every
 * module version a rebuild imports until the process ends. The replacement listens on the same
 * port. SIGINT and SIGTERM are passed on; resolves with the worker's final exit code.
 */
export function superviseDevWorkers(script, args) {
    // While a worker runs, the supervisor alone answers signals: it passes them on and exits with
    // the worker, instead of exiting before the worker has drained.
    process.removeAllListeners('SIGINT');
    process.removeAllListeners('SIGTERM');
    return new Promise((done) => {
        let port;
        let stopping = false;
        const startWorker = () => {
            const portArgs = port === undefined ? [] : ['--port', String(port)];
            const worker = fork(script, [...args, ...portArgs], { env: { ...process.env, [devWorkerEnv]: '1' }, stdio: 'inherit' });
            const forward = (signal) => {
                stopping = true;
                worker.kill(signal);
            };
            process.on('SIGINT', forward);
            process.on('SIGTERM', forward);
            worker.on('message', (message) => {
                if (message.uplift === 'listening')
                    port = message.port;
            });
            worker.once('exit', (code, signal) => {
                process.off('SIGINT', forward);
                process.off('SIGTERM', forward);
                if (code === restartExitCode && !stopping)
                    startWorker();
                else
                    done(code ?? (signal === null ? 1 : 128 + 15));
            });
        };
        startWorker();
    });
}
/** In a worker: tell the supervisor the port, so a replacement reuses it. */
export function reportListening(port) {
    // The callback takes a send error (the supervisor just died) instead of an 'error' event;
    // the worker then stops on 'disconnect'.
    if (process.connected)
        process.send?.({ uplift: 'listening', port }, undefined, undefined, () => undefined);
}
//# sourceMappingURL=supervise.js.map