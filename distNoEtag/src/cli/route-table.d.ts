import type { ApiRouteModule } from '../api/load-api-module.js';
import type { RouteManifest } from '../routes/types.js';
/** One URL pattern with what serves it, as `uplift routes` prints it. */
export interface RouteRow {
    readonly pattern: string;
    /** The API route file relative to the project root, or null. */
    readonly api: string | null;
    /** The page file relative to the project root, or null. */
    readonly page: string | null;
    /** Methods answered other than with 405: the API's exports, GET and HEAD for a page, OPTIONS. */
    readonly methods: readonly string[];
    /** Catch-all files that take some of this pattern's URLs first (e.g. `/docs/` before `docs.mjs`). */
    readonly shadowedBy: readonly string[];
}
/** The rows of both route trees, paired by pattern, most specific first. */
export declare function routeRows(root: string, manifest: RouteManifest, modules: ReadonlyMap<string, ApiRouteModule>): RouteRow[];
/** The rows as an aligned table, one route per line, with shadowing noted under its route. */
export declare function formatRouteTable(rows: readonly RouteRow[]): string;
