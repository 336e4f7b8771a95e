import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after } from 'node:test';
import { createApp } from '../../src/index.js';
/**
 * Writes a real project folder in the system temp dir: keys are paths relative to the project root
 * (`app/api/x.mjs`), values are file contents. Removed after the test file finishes.
 */
export async function tmpApp(files) {
    const root = await mkdtemp(join(tmpdir(), 'uplift-test-'));
    await mkdir(join(root, 'app'), { recursive: true });
    for (const [path, content] of Object.entries(files)) {
        const file = join(root, path);
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, content);
    }
    // Route modules may `import { HttpError } from 'uplift-html'`: resolve it to this checkout's build.
    await mkdir(join(root, 'node_modules'), { recursive: true });
    await symlink(repoRoot, join(root, 'node_modules', 'uplift-html'), 'dir');
    after(() => rm(root, { recursive: true, force: true }));
    return root;
}
/** The checkout's root: tests run from dist/test, two levels below it. */
const repoRoot = resolve(import.meta.dirname, '..', '..', '..');
export function captureLogger() {
    const lines = [];
    return {
        lines,
        error: (message) => lines.push(`error: ${message}`),
        warn: (message) => lines.push(`warn: ${message}`),
        info: (message) => lines.push(`info: ${message}`),
    };
}
/** Starts the app in `root` on 127.0.0.1 with a free port; stopped after the test file finishes. */
export async function startApp(root, options = {}, listenOptions = {}) {
    const logger = captureLogger();
    const env = { ARC_APP_SECRET: 'test-secret-that-is-at-least-32-characters-long', ...options.env };
    const app = await createApp({ logger, ...options, env, root });
    const server = await app.listen({ ...listenOptions, port: 0, host: '127.0.0.1' });
    after(() => server.close(1000));
    return Object.assign(server, { logger });
}
/** Writes the files and starts the app in one step. */
export async function serve(files, options = {}) {
    return startApp(await tmpApp(files), options);
}
//# sourceMappingURL=app.js.map