import type { Tally } from './tally.js';
/** One kind of request and the status it must get. */
export interface SoakKind {
    readonly kind: string;
    readonly request: string;
    readonly expect: number;
}
/** Every kind the soak sends, in report order. */
export declare const soakKinds: readonly SoakKind[];
/** How the traffic runs. */
export interface TrafficOptions {
    /** `http://127.0.0.1:PORT` of the app. */
    readonly url: string;
    readonly clients: number;
    /** Epoch ms after which no client starts a new request. */
    readonly deadline: number;
    /** Per request. */
    readonly timeoutMs: number;
    readonly tally: Tally;
}
/**
 * Runs `clients` clients concurrently until `deadline`, each repeating one cycle of mixed requests
 * sequentially, and resolves when the last has finished its request in flight.
 */
export declare function runTraffic(options: TrafficOptions): Promise<void>;
