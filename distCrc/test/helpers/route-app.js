import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
/**
 * Creates `<tmp>/app` with the given files (paths relative to `app`, `/`-separated), each holding
 * a one-line comment so tests can tell files apart if they read them.
 *
 * @example const app = await createRouteApp(['api/index.mjs', 'pages/about.html']);
 */
export async function createRouteApp(files) {
    const root = await mkdtemp(path.join(os.tmpdir(), 'uplift-routes-'));
    const appDir = path.join(root, 'app');
    await mkdir(appDir);
    for (const file of files) {
        const full = path.join(appDir, ...file.split('/'));
        await mkdir(path.dirname(full), { recursive: true });
        await writeFile(full, `// ${file}\n`);
    }
    return { appDir, remove: () => rm(root, { recursive: true, force: true }) };
}
//# sourceMappingURL=route-app.js.map