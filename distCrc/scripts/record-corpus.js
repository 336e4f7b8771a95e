/**
 * `npm run record:corpus [-- app …]`: records what the real Enhance
 * runtime answers for every corpus case (test/realworld/corpus.ts) and writes
 * test/realworld/recordings/<app>.json, which test/realworld/corpus.test.ts compares Uplift with.
 *
 * Each app is recorded in its own child process: Enhance's router caches modules by URL for the
 * life of the process, so two apps in one process would see each other's routes. The child serves
 * the app through `@enhance/arc-plugin-enhance` behind the bench's node:http adapter on 127.0.0.1.
 * Run it by hand after changing the corpus or upgrading the Enhance packages, and commit the output.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { createEnhanceListener } from '../bench/peers/enhance-node.js';
import { corpusApps, repoRoot } from '../test/realworld/corpus.js';
import { runCase } from '../test/realworld/exchange.js';
import { recordingsDir } from '../test/realworld/recordings.js';
// Generous for a few dozen local requests; a hung child is killed rather than waited for.
const childTimeoutMs = 60_000;
async function main(argv) {
    const [appName, ...rest] = argv;
    if (appName === '--child' && rest.length === 1)
        return recordApp(findApp(rest[0] ?? ''));
    const names = argv.length > 0 ? argv : corpusApps.map((app) => app.name);
    for (const name of names)
        findApp(name);
    let failed = 0;
    for (const name of names) {
        const code = await runChild(name);
        process.stdout.write(`${name}: ${code === 0 ? 'recorded' : `failed (exit ${code})`}\n`);
        if (code !== 0)
            failed++;
    }
    return failed === 0 ? 0 : 1;
}
function findApp(name) {
    const app = corpusApps.find((candidate) => candidate.name === name);
    if (app === undefined)
        throw new Error(`No corpus app named "${name}"; known: ${corpusApps.map((candidate) => candidate.name).join(', ')}.`);
    return app;
}
function runChild(name) {
    return new Promise((resolve) => {
        // Sandbox gives every function the plugin's `ELEMENTS` (the `@enhance-elements` pragma, `[]`
        // without one); the router parses it whenever `app/components` exists.
        const env = { ...process.env, ELEMENTS: process.env['ELEMENTS'] ?? '[]' };
        const child = spawn(process.execPath, [import.meta.filename, '--child', name], { cwd: repoRoot, env, stdio: 'inherit' });
        const timer = setTimeout(() => child.kill('SIGKILL'), childTimeoutMs);
        child.on('exit', (code) => {
            clearTimeout(timer);
            resolve(code ?? 1);
        });
    });
}
async function recordApp(app) {
    const server = createServer(await createEnhanceListener(join(app.root, 'app')));
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    const cases = {};
    try {
        for (const corpusCase of app.cases)
            cases[corpusCase.name] = await runCase(port, corpusCase);
    }
    finally {
        server.close();
        server.closeAllConnections();
    }
    const recording = {
        app: app.name,
        source: app.source,
        licence: app.licence,
        runtime: ['@enhance/arc-plugin-enhance', '@architect/functions', '@enhance/ssr'].map(installedVersion).join(', '),
        cases,
    };
    await mkdir(recordingsDir, { recursive: true });
    await writeFile(join(recordingsDir, `${app.name}.json`), `${JSON.stringify(recording, null, 2)}\n`);
    return 0;
}
function installedVersion(name) {
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'node_modules', name, 'package.json'), 'utf8'));
    return `${name}@${manifest.version}`;
}
process.exitCode = await main(process.argv.slice(2));
//# sourceMappingURL=record-corpus.js.map