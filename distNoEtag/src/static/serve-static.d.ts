import { type CoreRequest, type CoreResponse } from '../http/exchange.js';
import type { StaticSite } from './load-static.js';
/**
 * Answers a request under `/_public/` (404 for all of it when there is no `public/`):
 * `encodedRest` is the request path after that prefix, still percent-encoded. Only files the
 * table lists are ever read. Held files answer without touching the disk or waiting; larger ones
 * stream (see openListedFile).
 */
export declare function serveStatic(site: StaticSite | null, request: CoreRequest, encodedRest: string): CoreResponse | Promise<CoreResponse>;
