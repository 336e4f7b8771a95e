import path from 'node:path';
import { UpliftError } from '../common/errors.js';
import { describeRouteConflicts } from './conflicts.js';
import { parseRoutePath } from './parse-path.js';
import { listRouteFiles } from './scan.js';
import { sortRoutes } from './sort.js';
// `.ts` / `.mts` load through the app module hook (src/loader/).
const defaultApiExtensions = ['.mjs', '.js', '.ts', '.mts'];
const defaultPageExtensions = ['.html', '.mjs', '.js', '.ts', '.mts'];
// Files that are never routes and need no warning: dotfiles, and TypeScript declarations.
const quietlySkipped = /(^|\/)\.[^/]*$|\.d\.m?ts$/;
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
export async function scanRoutes(appDir, options = {}) {
    const root = path.resolve(appDir);
    // Files are named relative to the app folder's parent, e.g. `app/api/a.mjs`.
    const showFile = (file) => path.relative(path.dirname(root), file).split(path.sep).join('/');
    const apiExtensions = checkExtensions(options.apiExtensions ?? defaultApiExtensions, 'apiExtensions');
    const pageExtensions = checkExtensions(options.pageExtensions ?? defaultPageExtensions, 'pageExtensions');
    const api = await scanTree(path.join(root, 'api'), 'api', apiExtensions, showFile);
    const pages = await scanTree(path.join(root, 'pages'), 'page', pageExtensions, showFile);
    const problems = [...api.problems, ...pages.problems];
    if (problems.length > 0) {
        throw new UpliftError('UPLIFT_ROUTE_NAME', listProblems('Invalid route file name', problems));
    }
    const conflicts = [
        ...describeRouteConflicts(api.routes, showFile),
        ...describeRouteConflicts(pages.routes, showFile),
    ];
    if (conflicts.length > 0) {
        throw new UpliftError('UPLIFT_ROUTE_CONFLICT', listProblems('Route conflict', conflicts));
    }
    return Object.freeze({
        api: Object.freeze(sortRoutes(api.routes)),
        pages: Object.freeze(sortRoutes(pages.routes)),
        ignored: Object.freeze([...api.ignored, ...pages.ignored]),
    });
}
async function scanTree(folder, kind, extensions, showFile) {
    const tree = { routes: [], problems: [], ignored: [] };
    for (const relPath of await listRouteFiles(folder)) {
        const parsed = parseRoutePath(relPath, extensions);
        const file = path.join(folder, ...relPath.split('/'));
        if (parsed.status === 'invalid')
            tree.problems.push(`${showFile(file)}: ${parsed.problem}`);
        if (parsed.status === 'ignored' && !quietlySkipped.test(relPath))
            tree.ignored.push(showFile(file));
        if (parsed.status !== 'route')
            continue;
        const segments = Object.freeze(parsed.segments.map((segment) => Object.freeze({ ...segment })));
        const { pattern, weight } = parsed;
        tree.routes.push(Object.freeze({ kind, file, relPath, pattern, segments, weight }));
    }
    return tree;
}
function checkExtensions(extensions, option) {
    for (const extension of extensions) {
        if (!/^\.[^./\\]+(\.[^./\\]+)*$/.test(extension)) {
            throw new UpliftError('UPLIFT_CONFIG', `${option} contains ${JSON.stringify(extension)}; ` +
                'each extension must start with a dot, like ".mjs".');
        }
    }
    return extensions;
}
/** One line alone, or a heading followed by one bullet per line. */
function listProblems(heading, lines) {
    if (lines.length === 1)
        return `${heading}: ${lines[0] ?? ''}`;
    return `${heading}s (${lines.length}):\n${lines.map((line) => `- ${line}`).join('\n')}`;
}
//# sourceMappingURL=manifest.js.map