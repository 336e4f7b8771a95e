import { type CoreRequest, type CoreResponse } from '../http/exchange.js';
import type { AppContext } from './app-context.js';
/**
 * The request pipeline. `handle` reads top to bottom as the numbered steps of docs/ARCHITECTURE.md;
 * each step's work lives in its own module. It awaits only where a step has something to wait for
 * (a body, a session cookie, the handler, a render), so a JSON route without a body or session
 * waits for its handler alone. Every error, thrown or rejected, reaches the one `catch`, which
 * turns it into the response: the promise `handle` returns never rejects.
 */
export declare function createRequestHandler(app: AppContext): (request: CoreRequest) => Promise<CoreResponse>;
