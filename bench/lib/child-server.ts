/**
 * Runs one bench server program in its own Node process (listening-child.ts), so the load generator
 * and the server never share a JS thread, and stops it by pid afterwards.
 */
import { startListeningChild } from './listening-child.js';

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
  /** Added to the child's environment. */
  readonly env?: Readonly<Record<string, string>>;
}

const stderrKeep = 4096;

/** Start `node <script>` and resolve once it prints its `listening on` line. */
export async function startChildServer(
  script: string,
  options: ChildServerOptions = {},
): Promise<ChildServer> {
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
async function stopWithin(stopped: Promise<unknown>, ms: number): Promise<void> {
  let giveUp: NodeJS.Timeout | undefined;
  const gaveUp = new Promise<void>((resolve) => {
    giveUp = setTimeout(resolve, ms);
  });
  try {
    await Promise.race([stopped, gaveUp]);
  } finally {
    clearTimeout(giveUp);
  }
}
