/**
 * Runs one bench server program in its own Node process, so the load generator and the server never
 * share a JS thread, and stops it by pid afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { parseListeningLine } from './listening-line.js';

/** A running server child. */
export interface ChildServer {
  /** `http://127.0.0.1:PORT`, read from the child's readiness line. */
  readonly url: string;
  readonly pid: number;
  /** SIGTERM, then SIGKILL after `killAfterMs`; resolves once the process has exited. */
  stop(): Promise<void>;
}

/** Options for `startChildServer`. */
export interface ChildServerOptions {
  /** How long to wait for the readiness line before giving up (default 15 s). */
  readonly readyTimeoutMs?: number;
  /** How long SIGTERM gets before SIGKILL (default 3 s). */
  readonly killAfterMs?: number;
}

const stderrKeep = 4096;

// Children still running when the harness exits (an exception, Ctrl-C) would keep their ports and
// CPU; this set lets one exit hook kill them. It only ever holds live bench children.
const liveChildren = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of liveChildren) child.kill('SIGKILL');
});

/** Start `node <script>` and resolve once it prints its `listening on` line. */
export async function startChildServer(
  script: string,
  options: ChildServerOptions = {},
): Promise<ChildServer> {
  const readyTimeoutMs = options.readyTimeoutMs ?? 15_000;
  const killAfterMs = options.killAfterMs ?? 3_000;
  const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'pipe'] });
  liveChildren.add(child);
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      liveChildren.delete(child);
      resolve();
    });
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-stderrKeep);
  });
  const stop = (): Promise<void> => stopChild(child, exited, killAfterMs);
  try {
    const url = await waitForUrl(child, script, readyTimeoutMs, () => stderr);
    return { url, pid: child.pid ?? -1, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function waitForUrl(
  child: ChildProcess,
  script: string,
  timeoutMs: number,
  readStderr: () => string,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const fail = (why: string): void => {
      cleanup();
      const tail = readStderr().trim();
      reject(new Error(`${script}: ${why}${tail === '' ? '' : `\nchild stderr:\n${tail}`}`));
    };
    const onLine = (line: string): void => {
      const url = parseListeningLine(line);
      if (url === null) return;
      cleanup();
      // Keep draining stdout so a chatty child never blocks on a full pipe.
      child.stdout?.resume();
      resolve(url);
    };
    const onExit = (code: number | null, signal: string | null): void =>
      fail(`exited (code ${code}, signal ${signal}) before printing "listening on http://127.0.0.1:PORT".`);
    const onError = (error: Error): void => fail(`could not be started: ${error.message}`);
    const timer = setTimeout(
      () => fail(`printed no "listening on http://127.0.0.1:PORT" line within ${timeoutMs} ms; make the program print it once it listens.`),
      timeoutMs,
    );
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

async function stopChild(child: ChildProcess, exited: Promise<void>, killAfterMs: number): Promise<void> {
  // No pid means spawn itself failed: there is no process to stop and no exit event to wait for.
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const killTimer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  let giveUp: NodeJS.Timeout | undefined;
  const gaveUp = new Promise<void>((resolve) => {
    giveUp = setTimeout(resolve, killAfterMs * 2);
  });
  try {
    await Promise.race([exited, gaveUp]);
  } finally {
    clearTimeout(killTimer);
    clearTimeout(giveUp);
  }
}
