import { relative } from 'node:path';
import { compareRoutes } from '../routes/sort.js';
const methodOrder = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
/** The rows of both route trees, paired by pattern, most specific first. */
export function routeRows(root, manifest, modules) {
    const show = (file) => relative(root, file).replaceAll('\\', '/');
    const byPattern = new Map();
    for (const route of [...manifest.api, ...manifest.pages]) {
        const pair = byPattern.get(route.pattern) ?? {};
        if (route.kind === 'api')
            pair.api = route;
        else
            pair.page = route;
        byPattern.set(route.pattern, pair);
    }
    const pairs = [...byPattern.values()].sort((a, b) => compareRoutes((a.api ?? a.page), (b.api ?? b.page)));
    return pairs.map(({ api, page }) => {
        const methods = new Set(api ? modules.get(api.file)?.methods.keys() : []);
        if (page || methods.has('GET'))
            methods.add('GET').add('HEAD');
        methods.add('OPTIONS');
        const shadows = [...(api ? shadowingCatchAlls(api, manifest.api) : []), ...(page ? shadowingCatchAlls(page, manifest.pages) : [])];
        return {
            pattern: (api ?? page).pattern,
            api: api ? show(api.file) : null,
            page: page ? show(page.file) : null,
            methods: methodOrder.filter((method) => methods.has(method)),
            shadowedBy: shadows.map((route) => show(route.file)),
        };
    });
}
/**
 * The catch-alls of `tree` sorted before `route` that can match one of its URLs: their segments
 * before `$$` fit the route's (a param fits anything), and the route has at least as many. The
 * usual case is `docs/$$.mjs`, which takes `/docs/` ahead of `docs.mjs`.
 */
function shadowingCatchAlls(route, tree) {
    return tree.filter((other) => {
        if (other === route || other.segments.at(-1)?.kind !== 'catchall' || compareRoutes(other, route) >= 0)
            return false;
        const fixed = other.segments.slice(0, -1);
        return fixed.length <= route.segments.length && fixed.every((segment, index) => fits(segment, route.segments[index]));
    });
}
function fits(segment, target) {
    if (target === undefined || target.kind === 'catchall')
        return true;
    return segment.kind !== 'static' || target.kind !== 'static' || segment.value === target.value;
}
/** The rows as an aligned table, one route per line, with shadowing noted under its route. */
export function formatRouteTable(rows) {
    const header = ['PATTERN', 'API', 'PAGE', 'METHODS'];
    const cells = rows.map((row) => [row.pattern, row.api ?? '-', row.page ?? '-', row.methods.join(', ')]);
    const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => line[column].length)));
    const line = (values) => values.map((value, column) => value.padEnd(widths[column])).join('  ').trimEnd();
    const out = [line(header)];
    rows.forEach((row, index) => {
        out.push(line(cells[index]));
        for (const file of row.shadowedBy)
            out.push(`  ! some URLs of ${row.pattern} go to the catch-all ${file} first`);
    });
    return `${out.join('\n')}\n`;
}
//# sourceMappingURL=route-table.js.map