import { join, resolve } from 'node:path';
import { loadApiModule } from '../../api/load-api-module.js';
import { createModuleImporter } from '../../loader/import-module.js';
import { registerAppLoader } from '../../loader/register.js';
import { scanRoutes } from '../../routes/manifest.js';
import { formatRouteTable, routeRows } from '../route-table.js';
/**
 * Every route of the app in `root`, as `uplift routes` reports it. API modules are imported (to
 * read their methods), so a broken module fails here as it would at start-up.
 */
export async function listRoutes(root, warn) {
    const projectRoot = resolve(root);
    const manifest = await scanRoutes(join(projectRoot, 'app'));
    await registerAppLoader({ root: projectRoot });
    const importModule = createModuleImporter({ root: projectRoot });
    const modules = new Map();
    for (const route of manifest.api)
        modules.set(route.file, await loadApiModule(route, projectRoot, warn, importModule));
    return routeRows(projectRoot, manifest, modules);
}
/** `uplift routes [root]`. */
export const routesCommand = {
    summary: 'routes [root]    List the routes: pattern, API file, page file, methods',
    help: () => `Usage: uplift routes [root] [--json]

Lists every route of the app in root (default: the current folder), most specific first: its URL
pattern, API route file, page file and the methods it answers. A route whose URLs a catch-all
(\`$$\`) takes first is flagged under it.

Options:
  --json       Print the same as a JSON array of { pattern, api, page, methods, shadowedBy }
  -h, --help   Show this help
`,
    options: { json: { type: 'boolean' } },
    async run(values, [root = '.']) {
        const warnings = [];
        const rows = await listRoutes(root, (message) => warnings.push(message));
        for (const warning of warnings)
            process.stderr.write(`uplift: warning: ${warning}\n`);
        process.stdout.write(values['json'] === true ? `${JSON.stringify(rows, null, 2)}\n` : formatRouteTable(rows));
    },
};
//# sourceMappingURL=routes.js.map