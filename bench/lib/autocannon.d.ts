// autocannon ships no types and @types/autocannon is not installed: this declares only the part of
// its programmatic API that bench/lib/load.ts and instruction-count.ts use (autocannon 9, README "autocannon(opts[, cb])").
declare module 'autocannon' {
  interface AutocannonOptions {
    url: string;
    connections?: number;
    pipelining?: number;
    /** Seconds. */
    duration?: number;
    /** A number of requests to send instead of a duration. */
    amount?: number;
    /** Seconds before a request counts as a timeout. */
    timeout?: number;
    headers?: Record<string, string>;
  }
  interface Histogram {
    average: number;
    p99: number;
    total: number;
  }
  interface AutocannonResult {
    requests: Histogram;
    latency: Histogram;
    /** Seconds the run actually lasted. */
    duration: number;
    errors: number;
    timeouts: number;
    /** Responses with a 1xx, 3xx, 4xx or 5xx status. */
    non2xx: number;
  }
  interface AutocannonInstance extends PromiseLike<AutocannonResult> {
    stop(): void;
  }
  function autocannon(options: AutocannonOptions): AutocannonInstance;
  export default autocannon;
}
