import type { RouteManifest } from './types.js';
/** Which file extensions count as routes, each with its leading dot. */
export interface ScanOptions {
    /** Defaults to `['.mjs', '.js', '.ts', '.mts']`. */
    apiExtensions?: readonly string[];
    /** Defaults to `['.html', '.mjs', '.js', '.ts', '.mts']`. */
    pageExtensions?: readonly string[];
}
/**
 * Walks `<appDir>/api` and `<appDir>/pages` once and returns both route trees, frozen and sorted
 * most specific first. Missing folders give empty lists.
 *
 * Throws `UpliftError('UPLIFT_ROUTE_NAME')` listing every refused file name, else
 * `UpliftError('UPLIFT_ROUTE_CONFLICT')` listing every group of files that match the same URLs.
 *
 * @example
 * const manifest = await scanRoutes('/srv/site/app');
 * manifest.api[0]?.pattern; // '/notes/:id'
 */
export declare function scanRoutes(appDir: string, options?: ScanOptions): Promise<RouteManifest>;
