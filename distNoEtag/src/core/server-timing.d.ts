/** How long each phase of a page render took, in milliseconds. */
export interface RenderTimings {
    /** Undefined when the app has no preflight. */
    readonly preflight?: number | undefined;
    /** Undefined when no API handler ran. */
    readonly api?: number | undefined;
    readonly elements: number;
    readonly html: number;
}
/**
 * The `Server-Timing` value of a rendered page, with Enhance's metric names, descriptions and
 * order (`@enhance/arc-plugin-enhance` src/http/any-catchall/router.mjs), so dashboards built on
 * Enhance keep working: `preflight` only when one ran, `api` only when a handler ran, then
 * `elements` and `html`.
 */
export declare function formatServerTiming(timings: RenderTimings): string;
