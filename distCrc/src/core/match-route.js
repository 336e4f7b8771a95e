/**
 * Matches both trees independently, then drops the less specific of the two when both match
 * (enhance-compat §1.4): `api/$$.mjs` must not feed `pages/about.html`, and `pages/$$.html` must not render
 * for `api/$id.mjs`. Equal weights keep both: that is how a page gets its API data.
 */
export function matchRoute(tables, path) {
    const apiMatch = tables.apiRouter.match(path);
    const pageMatch = tables.pageRouter.match(path);
    let api = apiMatch ? { module: tables.apiModules.get(apiMatch.route.file), params: apiMatch.params } : undefined;
    let page = pageMatch?.route;
    if (api && page) {
        const apiWeight = specificity(api.module.route);
        const pageWeight = specificity(page);
        if (apiWeight < pageWeight)
            api = undefined;
        else if (pageWeight < apiWeight)
            page = undefined;
    }
    return { api, page };
}
/**
 * How specific a route is, for pairing an API route with a page that match the same path: one
 * letter per URL segment (C static, B `$param`, A `$$`), then D when the route ends exactly there.
 * Unlike Enhance's file weight (enhance-compat §1.3) an `index` file adds no segment, so
 * `api/docs/index.mjs` and `pages/docs.html` pair up; Enhance drops that page (enhance-compat §1.4 quirk,
 * docs/differences.md).
 */
function specificity(route) {
    let letters = '';
    for (const segment of route.segments) {
        letters += segment.kind === 'static' ? 'C' : segment.kind === 'param' ? 'B' : 'A';
    }
    return route.segments.at(-1)?.kind === 'catchall' ? letters : `${letters}D`;
}
//# sourceMappingURL=match-route.js.map