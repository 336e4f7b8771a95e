import type { ModuleImporter } from '../loader/import-module.js';
import type { RouteEntry } from '../routes/types.js';
/** A middleware step or handler as Uplift calls it. */
export type RouteFunction = (request: Record<string, unknown>) => unknown;
/** One method's handler: a single function, or a middleware chain. */
export interface MethodHandler {
    readonly exportName: string;
    readonly steps: readonly RouteFunction[];
}
/** An API route module, imported and checked once at start-up. */
export interface ApiRouteModule {
    readonly route: RouteEntry;
    /** Display path of the file, relative to the project root (`app/api/notes/$id.mjs`). */
    readonly file: string;
    /** Upper-case method → handler. DELETE comes from the `destroy` export (enhance-compat §2.3). */
    readonly methods: ReadonlyMap<string, MethodHandler>;
}
/**
 * Imports an API route module and checks its exports, so a mistake stops start-up with a message
 * naming the file instead of failing on some later request.
 */
export declare function loadApiModule(route: RouteEntry, projectRoot: string, warn: (message: string) => void, importModule: ModuleImporter): Promise<ApiRouteModule>;
