import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { after } from 'node:test';
const bin = resolve(import.meta.dirname, '..', '..', '..', 'bin', 'uplift.js');
/** Runs `uplift <args>` as a child process, killed after the test file if still running. */
export function runCli(args, env = {}) {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk) => (stdout += chunk.toString()));
    child.stderr?.on('data', (chunk) => (stderr += chunk.toString()));
    const exited = once(child, 'exit').then(([code, signal]) => (code ?? signal));
    after(() => {
        if (child.exitCode === null && child.signalCode === null)
            child.kill('SIGKILL');
    });
    return { child, stdout: () => stdout, stderr: () => stderr, exited };
}
/** Waits (at most `timeoutMs`) for the CLI to print `listening on <url>` and returns the URL. */
export async function waitForUrl(cli, timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        const match = /listening on (http:\/\/\S+)/.exec(cli.stdout());
        if (match?.[1])
            return match[1];
        if (cli.child.exitCode !== null)
            break;
        await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`no "listening on" line; stdout: ${cli.stdout()} stderr: ${cli.stderr()}`);
}
//# sourceMappingURL=cli.js.map