/**
 * The `uplift` command as a user runs it: a child process, real files, real HTTP. `uplift start`'s
 * lifecycle (signals, PORT) is in server.test.ts.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { tmpApp } from './helpers/app.js';
import { runCli, waitForUrl } from './helpers/cli.js';
const repoRoot = resolve(import.meta.dirname, '..', '..');
/** Runs a command to completion in `cwd` (bounded by `timeoutMs`) and returns its exit code and output. */
async function run(command, args, cwd, timeoutMs = 60_000) {
    const child = spawn(command, args, { cwd, env: childEnv({ NODE_ENV: 'test' }), stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk.toString()));
    child.stderr.on('data', (chunk) => (output += chunk.toString()));
    const [code] = (await once(child, 'exit'));
    return { code, output };
}
/** The environment for the new app's npm: without this runner's marker, its `node --test` would skip its files. */
function childEnv(extra) {
    const env = { ...process.env, ...extra };
    delete env['NODE_TEST_CONTEXT'];
    return env;
}
describe('uplift --version and help', () => {
    it('prints the package name and version', async () => {
        const manifest = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8'));
        const cli = runCli(['--version']);
        assert.equal(await cli.exited, 0);
        assert.equal(cli.stdout(), `${manifest.name} ${manifest.version}\n`);
    });
    it('uplift start --help lists every common flag with its environment variable', async () => {
        const cli = runCli(['start', '--help']);
        assert.equal(await cli.exited, 0);
        for (const [flag, env] of [['--port N', 'PORT'], ['--host HOST', 'UPLIFT_HOST'], ['--trust-proxy', 'UPLIFT_TRUST_PROXY'], ['--body-limit BYTES', 'UPLIFT_BODY_LIMIT'], ['--allowed-origin ORIGIN', 'UPLIFT_ALLOWED_ORIGINS']]) {
            assert.match(cli.stdout(), new RegExp(`^  ${flag} .*\\[\\$${env}\\]$`, 'm'));
        }
    });
});
describe('uplift new', () => {
    it('writes an app that installs, passes its test and serves its page', async () => {
        const parent = await mkdtemp(join(tmpdir(), 'uplift-new-'));
        after(() => rm(parent, { recursive: true, force: true }));
        const dir = join(parent, 'My App');
        const created = runCli(['new', dir]);
        assert.equal(await created.exited, 0, created.stderr());
        assert.match(created.stdout(), /npm install\n {2}npm start/);
        const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
        assert.equal(manifest.name, 'my-app');
        assert.equal(manifest.dependencies['uplift-html'], `file:${repoRoot}`);
        // The dependency is a path, so npm needs no registry.
        const install = await run('npm', ['install', '--offline', '--no-audit', '--no-fund'], dir);
        assert.equal(install.code, 0, install.output);
        const test = await run('npm', ['test'], dir);
        assert.equal(test.code, 0, test.output);
        assert.match(test.output, /# pass 2\n# fail 0/);
        // npm start runs `uplift start` through npm and a shell: own process group, stopped as one.
        const start = spawn('npm', ['start'], { cwd: dir, env: childEnv({ PORT: '0', NODE_ENV: 'test' }), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
        const stopped = once(start, 'exit');
        after(() => {
            if (start.exitCode === null)
                process.kill(-start.pid, 'SIGKILL');
        });
        const url = await waitForUrl({ child: start, stdout: collect(start.stdout), stderr: collect(start.stderr), exited: stopped.then(() => 0) });
        const page = await fetch(url);
        assert.equal(page.status, 200);
        assert.match(await page.text(), /<title>my-app<\/title>[\s\S]*<note-list enhanced="✨"><p>No notes yet\.<\/p><\/note-list>/);
        process.kill(-start.pid, 'SIGTERM');
        await stopped;
    });
    it('refuses a folder that is not empty, naming the code', async () => {
        const root = await tmpApp({ 'app/api/index.mjs': 'export async function get() {}' });
        const cli = runCli(['new', root]);
        assert.equal(await cli.exited, 1);
        assert.match(cli.stderr(), /^uplift: UPLIFT_NEW_TARGET: .* is not empty \(it holds app, node_modules\)\. Name a new or empty folder\.\n$/);
    });
});
function collect(stream) {
    let text = '';
    stream?.on('data', (chunk) => (text += chunk.toString()));
    return () => text;
}
describe('uplift routes', () => {
    const files = {
        'app/api/index.mjs': 'export async function get() {}\nexport async function post() {}',
        'app/pages/index.html': '<h1>home</h1>',
        'app/api/docs.mjs': 'export async function get() {}',
        'app/api/docs/$$.mjs': 'export async function get() {}',
        'app/api/notes/$id.mjs': 'export async function get() {}\nexport async function destroy() {}',
        'app/pages/about.html': '<h1>about</h1>',
    };
    it('--json lists pattern, files and methods in Enhance precedence order, and the catch-all that shadows', async () => {
        const root = await tmpApp(files);
        const cli = runCli(['routes', root, '--json']);
        assert.equal(await cli.exited, 0, cli.stderr());
        assert.deepEqual(JSON.parse(cli.stdout()), [
            { pattern: '/', api: 'app/api/index.mjs', page: 'app/pages/index.html', methods: ['GET', 'HEAD', 'POST', 'OPTIONS'], shadowedBy: [] },
            { pattern: '/notes/:id', api: 'app/api/notes/$id.mjs', page: null, methods: ['GET', 'HEAD', 'DELETE', 'OPTIONS'], shadowedBy: [] },
            { pattern: '/docs/*', api: 'app/api/docs/$$.mjs', page: null, methods: ['GET', 'HEAD', 'OPTIONS'], shadowedBy: [] },
            { pattern: '/about', api: null, page: 'app/pages/about.html', methods: ['GET', 'HEAD', 'OPTIONS'], shadowedBy: [] },
            { pattern: '/docs', api: 'app/api/docs.mjs', page: null, methods: ['GET', 'HEAD', 'OPTIONS'], shadowedBy: ['app/api/docs/$$.mjs'] },
        ]);
    });
    it('prints the same as a table, the shadowed route flagged under it', async () => {
        const root = await tmpApp(files);
        const cli = runCli(['routes', root]);
        assert.equal(await cli.exited, 0, cli.stderr());
        const lines = cli.stdout().split('\n');
        assert.match(lines[0] ?? '', /^PATTERN\s+API\s+PAGE\s+METHODS$/);
        assert.match(lines[1] ?? '', /^\/\s+app\/api\/index\.mjs\s+app\/pages\/index\.html\s+GET, HEAD, POST, OPTIONS$/);
        const docs = lines.findIndex((line) => line.startsWith('/docs '));
        assert.equal(lines[docs + 1], '  ! some URLs of /docs go to the catch-all app/api/docs/$$.mjs first');
    });
});
describe('CLI errors', () => {
    it('print their code on one line, without a stack', async () => {
        const root = await tmpApp({ 'app/api/$a.mjs': 'export async function get() {}', 'app/api/$b.mjs': 'export async function get() {}' });
        const conflict = runCli(['start', root, '--port', '0']);
        assert.equal(await conflict.exited, 1);
        assert.match(conflict.stderr(), /^uplift: UPLIFT_ROUTE_CONFLICT: /);
        const usage = runCli(['start', root, '--port', 'eighty']);
        assert.equal(await usage.exited, 2);
        assert.match(usage.stderr(), /^uplift: UPLIFT_USAGE: --port must be a whole number from 0 to 65535, got "eighty"\.\n/);
        const unknownFlag = runCli(['routes', root, '--jsn']);
        assert.equal(await unknownFlag.exited, 2);
        assert.match(unknownFlag.stderr(), /^uplift: UPLIFT_USAGE: Unknown option '--jsn'/);
        for (const cli of [conflict, usage, unknownFlag])
            assert.doesNotMatch(cli.stderr(), /\n\s+at /);
    });
    it('an address this machine does not have is one line naming the fix', async () => {
        const root = await tmpApp({ 'app/api/index.mjs': 'export async function get() {}' });
        // 192.0.2.0/24 is reserved for documentation (RFC 5737): no machine has it.
        const cli = runCli(['start', root, '--port', '0', '--host', '192.0.2.1']);
        assert.equal(await cli.exited, 1);
        assert.equal(cli.stderr(), 'uplift: UPLIFT_LISTEN: cannot listen on host "192.0.2.1" port 0 (EADDRNOTAVAIL): this machine has no such address; use --host 127.0.0.1, or 0.0.0.0 for every interface.\n');
        const blank = runCli(['start', root, '--host', ' ']);
        assert.equal(await blank.exited, 2);
        assert.match(blank.stderr(), /^uplift: UPLIFT_USAGE: --host must be an address or host name/);
    });
});
describe('request lines', () => {
    it('UPLIFT_LOG=json writes one JSON line per request; the 500 page shows its id', async () => {
        const root = await tmpApp({
            'app/api/ok.mjs': 'export async function get() { return { json: { ok: true } } }',
            'app/api/boom.mjs': 'export async function get() { throw new Error("boom") }',
        });
        const cli = runCli(['start', root, '--port', '0'], { UPLIFT_LOG: 'json', ARC_APP_SECRET: 'test-secret-that-is-at-least-32-characters-long' });
        const url = await waitForUrl(cli);
        assert.equal((await fetch(`${url}/ok?token=secret`)).status, 200);
        const failed = await fetch(`${url}/boom`, { headers: { accept: 'text/html' } });
        assert.equal(failed.status, 500);
        const errorId = /error id: ([\w-]+)/.exec(await failed.text())?.[1];
        cli.child.kill('SIGTERM');
        assert.equal(await cli.exited, 0);
        const lines = cli.stdout().split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line));
        const requests = lines.filter((line) => 'status' in line);
        assert.deepEqual(requests.map(({ method, path, status }) => ({ method, path, status })), [
            { method: 'GET', path: '/ok', status: 200 },
            { method: 'GET', path: '/boom', status: 500 },
        ]);
        for (const line of requests) {
            assert.equal(typeof line['ms'], 'number');
            assert.match(String(line['id']), /^[\w-]+$/);
        }
        assert.equal(requests[1]?.['id'], errorId);
        assert.ok(lines.some((line) => line['level'] === 50 && String(line['msg']).includes(`error ${errorId}`)), 'the stack is logged under the same id');
    });
});
it('writes nothing into a folder given as a file', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'uplift-new-file-'));
    after(() => rm(parent, { recursive: true, force: true }));
    await writeFile(join(parent, 'taken'), 'x');
    const cli = runCli(['new', join(parent, 'taken')]);
    assert.equal(await cli.exited, 1);
    assert.match(cli.stderr(), /^uplift: UPLIFT_NEW_TARGET: cannot use .*taken for the new app: ENOTDIR/);
});
//# sourceMappingURL=cli.test.js.map