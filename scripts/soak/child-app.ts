/**
 * The app under soak runs in its own process, started with the real CLI, so the load generator and
 * the server never share a thread and the RSS measured is the server's alone.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { parseListeningLine } from '../../bench/lib/listening-line.js';
import { upliftBin } from './paths.js';

/** How the child ended after `stop()`. */
export interface ChildExit {
  readonly code: number | null;
  readonly signal: string | null;
  /** True when SIGTERM was not enough and SIGKILL was sent. */
  readonly killed: boolean;
}

/** A running `uplift start` child. */
export interface ChildApp {
  /** `http://127.0.0.1:PORT`, read from the child's `listening on` line. */
  readonly url: string;
  readonly pid: number;
  /** The last few KB the child wrote to stderr (warnings, logged errors). */
  stderrTail(): string;
  /** SIGTERM, then SIGKILL after `killAfterMs` (default 12 s); resolves with how it exited. */
  stop(killAfterMs?: number): Promise<ChildExit>;
  /** SIGKILL now, for a watchdog that has given up. */
  kill(): void;
}

/** Options for `startChildApp`. */
export interface ChildAppOptions {
  /** The project folder holding `app/`. */
  readonly root: string;
  /** Added to this process's environment. */
  readonly env: Readonly<Record<string, string>>;
  /** How long to wait for `listening on`, default 15 s. */
  readonly readyTimeoutMs?: number;
}

const stderrKeep = 8192;

// A child left running when the soak exits early would keep its port and memory.
const liveChildren = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of liveChildren) child.kill('SIGKILL');
});

/**
 * Runs `node bin/uplift.js start <root> --port 0` and resolves once it prints its URL. Rejects with
 * the child's stderr when it exits first or stays silent past the timeout (the child is then killed).
 *
 * @example
 * const app = await startChildApp({ root: exampleRoot, env: { NODE_ENV: 'production', ARC_APP_SECRET: secret } });
 * const exit = await app.stop(); // { code: 0, signal: null, killed: false }
 */
export async function startChildApp(options: ChildAppOptions): Promise<ChildApp> {
  const child = spawn(process.execPath, [upliftBin, 'start', options.root, '--port', '0'], {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  liveChildren.add(child);
  const exited = new Promise<ChildExit>((resolve) => {
    child.once('exit', (code, signal) => {
      liveChildren.delete(child);
      resolve({ code, signal, killed: signal === 'SIGKILL' });
    });
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-stderrKeep);
  });
  const kill = (): void => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  const stop = (killAfterMs = 12_000): Promise<ChildExit> => stopChild(child, exited, killAfterMs);
  try {
    const url = await waitForUrl(child, options.readyTimeoutMs ?? 15_000, () => stderr);
    return { url, pid: child.pid ?? -1, stderrTail: () => stderr, stop, kill };
  } catch (error) {
    kill();
    await exited;
    throw error;
  }
}

function waitForUrl(child: ChildProcess, timeoutMs: number, readStderr: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const fail = (why: string): void => {
      cleanup();
      const tail = readStderr().trim();
      reject(new Error(`uplift start ${why}${tail === '' ? '' : `\nchild stderr:\n${tail}`}`));
    };
    const onLine = (line: string): void => {
      const url = parseListeningLine(line);
      if (url === null) return;
      cleanup();
      // Keep draining stdout so the child never blocks on a full pipe (it prints on SIGTERM).
      child.stdout?.resume();
      resolve(url);
    };
    const onExit = (code: number | null, signal: string | null): void => fail(`exited (code ${code}, signal ${signal}) before it was listening.`);
    const onError = (error: Error): void => fail(`could not be started: ${error.message}`);
    const timer = setTimeout(() => fail(`printed no "listening on http://127.0.0.1:PORT" line within ${timeoutMs} ms.`), timeoutMs);
    const cleanup = (): void => {
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

async function stopChild(child: ChildProcess, exited: Promise<ChildExit>, killAfterMs: number): Promise<ChildExit> {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  const killTimer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  try {
    return await exited;
  } finally {
    clearTimeout(killTimer);
  }
}
