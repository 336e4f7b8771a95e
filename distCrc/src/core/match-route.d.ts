import type { ApiRouteModule } from '../api/load-api-module.js';
import type { RouteEntry, Router } from '../routes/types.js';
/** What a path routes to: an API module, a page, both, or neither. */
export interface RouteTargets {
    readonly api: {
        readonly module: ApiRouteModule;
        readonly params: Readonly<Record<string, string>>;
    } | undefined;
    readonly page: RouteEntry | undefined;
}
export interface RouteTables {
    readonly apiRouter: Router;
    readonly pageRouter: Router;
    /** API modules by route file, imported at start-up. */
    readonly apiModules: ReadonlyMap<string, ApiRouteModule>;
}
/**
 * Matches both trees independently, then drops the less specific of the two when both match
 * (enhance-compat §1.4): `api/$$.mjs` must not feed `pages/about.html`, and `pages/$$.html` must not render
 * for `api/$id.mjs`. Equal weights keep both: that is how a page gets its API data.
 */
export declare function matchRoute(tables: RouteTables, path: string): RouteTargets;
