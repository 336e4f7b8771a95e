/**
 * Groups of two or more routes of one tree that match exactly the same URLs: their segment lists
 * are equal once param names are ignored (`a.mjs`/`a/index.mjs`, `a.mjs`/`a.js`,
 * `About.mjs`/`about.mjs`, `$a.mjs`/`$b.mjs`, `$a/index.mjs`/`$b.mjs`). Enhance would pick one of
 * them by file-system order; Uplift refuses to guess.
 *
 * @example findRouteConflicts(manifest.api).map((group) => group.map((r) => r.relPath))
 * // [['a.mjs', 'a/index.mjs']]
 */
export function findRouteConflicts(routes) {
    const groups = new Map();
    for (const route of routes) {
        const key = shapeKey(route.segments);
        const group = groups.get(key);
        if (group === undefined)
            groups.set(key, [route]);
        else
            group.push(route);
    }
    return [...groups.values()].filter((group) => group.length > 1);
}
/**
 * One sentence per conflict, naming every file through `showFile` and the fix.
 *
 * @example
 * describeRouteConflicts(routes, (file) => path.relative(root, file))
 * // ['app/api/a.mjs and app/api/a/index.mjs both match /a. Remove or rename one of them.']
 */
export function describeRouteConflicts(routes, showFile) {
    return findRouteConflicts(routes).map((group) => {
        const files = group.map((route) => showFile(route.file)).sort();
        const patterns = [...new Set(group.map((route) => route.pattern))].join(' and ');
        if (files.length === 2) {
            return `${files.join(' and ')} both match ${patterns}. Remove or rename one of them.`;
        }
        const listed = `${files.slice(0, -1).join(', ')} and ${files.at(-1) ?? ''}`;
        return `${listed} all match ${patterns}. Remove or rename all but one of them.`;
    });
}
/** Equal for two segment lists exactly when they match the same URLs. */
function shapeKey(segments) {
    return JSON.stringify(segments.map((segment) => {
        if (segment.kind === 'static')
            return ['s', segment.value];
        if (segment.kind === 'param')
            return ['p', segment.suffix];
        return ['*'];
    }));
}
//# sourceMappingURL=conflicts.js.map