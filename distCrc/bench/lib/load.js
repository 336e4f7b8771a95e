/**
 * The load driver: one bounded window of autocannon (programmatic API) against one URL, reduced to
 * the numbers the tables show.
 */
import autocannon from 'autocannon';
// A request that takes this long on loopback means the server is stuck, not slow.
const requestTimeoutSeconds = 5;
// Slack on top of the window before the guard stops autocannon itself.
const guardSlackMs = 15_000;
/** Load `url` for `options.seconds` with pipelining 1; never runs longer than that plus 15 s. */
export async function runLoad(url, options) {
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
    }
    finally {
        clearTimeout(guard);
    }
}
//# sourceMappingURL=load.js.map