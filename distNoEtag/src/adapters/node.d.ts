import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { CoreRequest, CoreResponse } from '../http/exchange.js';
import type { Logger } from '../common/logger.js';
/**
 * node:http ↔ the core. Translation only: no routing, no rendering. The IncomingMessage is passed
 * through as the body stream and its headers object as is (node already lower-cases names), so a
 * request costs one small object on the way in.
 */
export declare function toNodeListener(handle: (request: CoreRequest) => Promise<CoreResponse>, logger: Logger): RequestListener;
/** IncomingMessage → CoreRequest; `id` is the request id when requests are logged. */
export declare function fromNodeRequest(req: IncomingMessage, id?: string): CoreRequest;
/**
 * CoreResponse → ServerResponse. The adapter owns the framing, whatever the core's headers say:
 * `content-length` is the body's byte count (a HEAD response keeps the length the core gave it),
 * and the connection and transfer headers are dropped, so a response never carries both
 * `transfer-encoding` and `content-length` and a pipelined response after it is read intact.
 */
export declare function writeNodeResponse(res: ServerResponse, response: CoreResponse): void;
/**
 * node:http's `checkContinue` listener (a request sent with `Expect: 100-continue`). A body whose
 * declared length is over `limit` is refused by the core without reading it, so no `100 Continue`
 * goes out and the client never sends the body; any other request is told to continue.
 *
 * @example
 * server.on('checkContinue', toNodeContinueListener(listener, 1_048_576));
 */
export declare function toNodeContinueListener(listener: RequestListener, limit: number): RequestListener;
