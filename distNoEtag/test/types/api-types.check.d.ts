/**
 * Compile-only checks of the public types: `npm test` builds with tsc first, so a wrong type here
 * (or an `@ts-expect-error` that no longer errors) fails the suite.
 */
import { type ApiHandler, type ApiMiddleware, type ApiRequest, type ApiResponse, type ElementFunction, type EnhanceApiFn, type HeadFunction } from '../../src/index.js';
export declare const get: ApiHandler<{
    id: string;
}, {
    note: {
        id: string;
    };
}>;
export declare const wrongJson: ApiHandler<{
    id: string;
}, {
    note: {
        id: string;
    };
}>;
export declare const post: (req: ApiRequest) => Promise<ApiResponse>;
export declare const architect: ApiHandler<{
    id: string;
}>;
export declare const badStatus: () => Promise<ApiResponse>;
export declare const chain: ApiMiddleware[];
export declare const legacy: EnhanceApiFn;
export declare const element: ElementFunction<{
    notes: string[];
}>;
export declare const head: HeadFunction;
export declare const thrown: () => never;
