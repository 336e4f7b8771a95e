import type { Socket } from 'node:net';
/**
 * Requests node:http cannot parse never reach the core. Node's default answer is a bare status
 * line; this one says what was wrong, so a client sending a 20 KB cookie learns why.
 */
export declare function handleClientError(error: NodeJS.ErrnoException, socket: Socket): void;
/** CONNECT asks for a tunnel; Uplift serves an app, not a proxy. */
export declare function refuseConnect(socket: Socket): void;
