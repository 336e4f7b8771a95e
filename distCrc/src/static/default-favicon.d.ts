import type { CoreResponse } from '../http/exchange.js';
/** The built-in favicon's response (a fresh headers object each time: adapters may add to it). */
export declare function defaultFavicon(method: string, ifNoneMatch: string | undefined): CoreResponse;
