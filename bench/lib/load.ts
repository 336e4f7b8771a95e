/**
 * The load driver: one bounded window of autocannon (programmatic API) against one URL, reduced to
 * the numbers the tables show.
 */
import autocannon from 'autocannon';

/** How to load a target for one window. */
export interface LoadOptions {
  /** Window length, seconds (fractions allowed). */
  readonly seconds: number;
  readonly connections: number;
  readonly headers?: Readonly<Record<string, string>>;
}

/** What one window produced. */
export interface LoadResult {
  /** Completed requests divided by the window's actual length (exact even for short windows). */
  readonly requestsPerSecond: number;
  readonly p99Ms: number;
  /** Completed requests. */
  readonly total: number;
  /** Responses that were not 2xx; anything but 0 makes the measurement suspect. */
  readonly non2xx: number;
  /** Socket errors, including timeouts. */
  readonly errors: number;
  readonly timeouts: number;
}

// A request that takes this long on loopback means the server is stuck, not slow.
const requestTimeoutSeconds = 5;
// Slack on top of the window before the guard stops autocannon itself.
const guardSlackMs = 15_000;

/** Load `url` for `options.seconds` with pipelining 1; never runs longer than that plus 15 s. */
export async function runLoad(url: string, options: LoadOptions): Promise<LoadResult> {
  const instance = autocannon({
    url,
    connections: options.connections,
    pipelining: 1,
    duration: options.seconds,
    timeout: requestTimeoutSeconds,
    headers: { ...options.headers },
  });
  // stop() makes autocannon finish early and resolve with what it measured so far.
  const guard = setTimeout(() => instance.stop(), options.seconds * 1000 + guardSlackMs);
  try {
    const result = await instance;
    return {
      requestsPerSecond: result.duration > 0 ? result.requests.total / result.duration : 0,
      p99Ms: result.latency.p99,
      total: result.requests.total,
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
    };
  } finally {
    clearTimeout(guard);
  }
}
