/**
 * The `Server-Timing` value of a rendered page, with Enhance's metric names, descriptions and
 * order (`@enhance/arc-plugin-enhance` src/http/any-catchall/router.mjs), so dashboards built on
 * Enhance keep working: `preflight` only when one ran, `api` only when a handler ran, then
 * `elements` and `html`.
 */
export function formatServerTiming(timings) {
    const metric = (name, ms) => `${name};desc="enhance-${name}";dur=${ms.toFixed(2)}`;
    const parts = [];
    if (timings.preflight !== undefined)
        parts.push(metric('preflight', timings.preflight));
    if (timings.api !== undefined)
        parts.push(metric('api', timings.api));
    parts.push(metric('elements', timings.elements), metric('html', timings.html));
    return parts.join(', ');
}
//# sourceMappingURL=server-timing.js.map