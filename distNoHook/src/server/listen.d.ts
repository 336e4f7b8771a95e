import { type RequestListener, type Server } from 'node:http';
import type { Logger } from '../common/logger.js';
export interface ListenOptions {
    /** Default 3333; 0 picks a free port. */
    port?: number;
    /** Default 127.0.0.1. */
    host?: string;
    /** How long a client may take to send its headers, in ms. Default 15 000. */
    headersTimeout?: number;
    /** How long a client may take to send a whole request, in ms. Default 30 000. */
    requestTimeout?: number;
}
/** A listening server. */
export interface RunningServer {
    readonly server: Server;
    readonly host: string;
    readonly port: number;
    /** `http://host:port` */
    readonly url: string;
    /**
     * Stops accepting connections, lets in-flight requests finish (up to `timeoutMs`, default 10 s),
     * then closes whatever is left. Resolves when the server has closed.
     */
    close(timeoutMs?: number): Promise<void>;
}
/**
 * Starts a node:http server with timeouts that bound slow clients: by default headers must arrive
 * within 15 s and a whole request within 30 s (Node's defaults are 60 s and 300 s). `checkContinue`
 * decides which `Expect: 100-continue` requests are told to send their body.
 */
export declare function listen(listener: RequestListener, options: ListenOptions, logger: Logger, checkContinue?: RequestListener): Promise<RunningServer>;
