/**
 * A server in its own Node process, so a load generator and the server never share a JS thread:
 * started, awaited until it prints `listening on http://127.0.0.1:PORT` (listening-line.ts), and
 * stopped by pid. The bench servers (child-server.ts) and the soak's app (scripts/soak/child-app.ts)
 * both run this way.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { parseListeningLine } from './listening-line.js';

/** How a child ended. */
export interface ChildExit {
  readonly code: number | null;
  readonly signal: string | null;
  /** True when SIGTERM was not enough and SIGKILL was sent. */
  readonly killed: boolean;
}

/** A running child that has printed its readiness line. */
export interface ListeningChild {
  /** `http://127.0.0.1:PORT`, read from the child's `listening on` line. */
  readonly url: string;
  readonly pid: number;
  /** The last characters the child wrote to stderr (warnings, logged errors). */
  stderrTail(): string;
  /** SIGTERM, then SIGKILL after `killAfterMs` (default: the start option); resolves with how it exited. */
  stop(killAfterMs?: number): Promise<ChildExit>;
  /** SIGKILL now, for a watchdog that has given up. */
  kill(): void;
}

/** Options for `startListeningChild`. */
export interface ListeningChildOptions {
  /** What `node` runs: a script and its arguments. */
  readonly args: readonly string[];
  /**
   * A program that runs `node` in its turn, with its own arguments before node's path, e.g.
   * `['valgrind', '--tool=callgrind']`. It must keep the process id (exec node, or trace it).
   */
  readonly wrapper?: readonly string[];
  /** Arguments for node itself, before the script (e.g. V8 flags). */
  readonly nodeArgs?: readonly string[];
  /** Starts every error message, e.g. the script's path. */
  readonly label: string;
  /** Added to this process's environment. */
  readonly env?: Readonly<Record<string, string>>;
  /** How long to wait for the readiness line before giving up. */
  readonly readyTimeoutMs: number;
  /** How long `stop()` gives SIGTERM before SIGKILL, unless told otherwise. */
  readonly killAfterMs: number;
  /** How many characters of stderr to keep for errors and `stderrTail()`. */
  readonly stderrKeep: number;
  /** Ends the error of a child that never printed its line, saying what to fix. */
  readonly readyHint?: string;
}

// Children still running when this process exits (an exception, Ctrl-C) would keep their ports,
// memory and CPU; this set lets one exit hook kill them. It only ever holds live children.
const liveChildren = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of liveChildren) child.kill('SIGKILL');
});

/**
 * Runs `node <args>` and resolves once it prints its `listening on` line. Rejects with the child's
 * stderr when it exits first, cannot be spawned, or stays silent past the timeout (it is then killed).
 *
 * @example
 * const child = await startListeningChild({ args: [script], label: `${script}:`, readyTimeoutMs: 15_000, killAfterMs: 3_000, stderrKeep: 4096 });
 * const exit = await child.stop(); // { code: 0, signal: null, killed: false }
 */
export async function startListeningChild(options: ListeningChildOptions): Promise<ListeningChild> {
  const [command, ...args] = [...(options.wrapper ?? []), process.execPath, ...(options.nodeArgs ?? []), ...options.args] as [string, ...string[]];
  const child = spawn(command, args, {
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
    stderr = (stderr + chunk).slice(-options.stderrKeep);
  });
  const kill = (): void => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  const stop = (killAfterMs = options.killAfterMs): Promise<ChildExit> => stopChild(child, exited, killAfterMs);
  try {
    const url = await waitForUrl(child, options, () => stderr);
    return { url, pid: child.pid ?? -1, stderrTail: () => stderr, stop, kill };
  } catch (error) {
    // No pid means spawn itself failed: there is no process to kill and no exit event to wait for.
    if (child.pid !== undefined) {
      kill();
      await exited;
    }
    throw error;
  }
}

function waitForUrl(child: ChildProcess, options: ListeningChildOptions, readStderr: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const fail = (why: string): void => {
      cleanup();
      const tail = readStderr().trim();
      reject(new Error(`${options.label} ${why}${tail === '' ? '' : `\nchild stderr:\n${tail}`}`));
    };
    const onLine = (line: string): void => {
      const url = parseListeningLine(line);
      if (url === null) return;
      cleanup();
      // Keep draining stdout so a chatty child never blocks on a full pipe (uplift start prints on SIGTERM).
      child.stdout?.resume();
      resolve(url);
    };
    const onExit = (code: number | null, signal: string | null): void =>
      fail(`exited (code ${code}, signal ${signal}) before printing "listening on http://127.0.0.1:PORT".`);
    const onError = (error: Error): void => fail(`could not be started: ${error.message}`);
    const hint = options.readyHint === undefined ? '' : `; ${options.readyHint}`;
    const timer = setTimeout(
      () => fail(`printed no "listening on http://127.0.0.1:PORT" line within ${options.readyTimeoutMs} ms${hint}.`),
      options.readyTimeoutMs,
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

async function stopChild(child: ChildProcess, exited: Promise<ChildExit>, killAfterMs: number): Promise<ChildExit> {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  const killTimer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  try {
    return await exited;
  } finally {
    clearTimeout(killTimer);
  }
}
