/**
 * The docs as written: every code block of README.md and docs/*.md that can run does.
 * - `sh`: run with bash in one temporary folder per file, in order, keeping the folder a block
 *   ends in (as one terminal would); must exit 0.
 * - `sh serves`: the same, but the last command starts a server (PORT=0): it must print
 *   `listening on <url>` and answer GET / with 200; it is then stopped.
 * - `js`: must parse as an ES module.
 * - `no-run` after the language: not run (the text says why). Other languages are not checked.
 * npm runs offline: the only package installed is this checkout, by path (UPLIFT_HOME).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, it } from 'node:test';
import { parse } from 'acorn';
const repoRoot = resolve(import.meta.dirname, '..', '..');
function codeBlocks(file, text) {
    const blocks = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const open = /^```(\S*)\s*(.*)$/.exec(lines[i]);
        if (!open)
            continue;
        const end = lines.findIndex((line, index) => index > i && /^```\s*$/.test(line));
        assert.ok(end !== -1, `${file}:${i + 1}: a code block that is never closed`);
        blocks.push({ lang: open[1], mode: open[2].trim(), code: lines.slice(i + 1, end).join('\n'), where: `${file}:${i + 1}` });
        i = end;
    }
    return blocks;
}
const docs = ['README.md', ...(await readdir(join(repoRoot, 'docs'))).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
const blocksByFile = new Map();
for (const file of docs)
    blocksByFile.set(file, codeBlocks(file, await readFile(join(repoRoot, file), 'utf8')));
it('marks every sh and js block with a mode this test knows', () => {
    const known = { sh: ['', 'serves', 'no-run'], js: ['', 'no-run'] };
    const unknown = [...blocksByFile.values()].flat().filter((block) => known[block.lang] !== undefined && !known[block.lang]?.includes(block.mode));
    assert.deepEqual(unknown.map((block) => `${block.where}: ${block.lang} ${block.mode}`), []);
});
it('js blocks parse as ES modules', () => {
    const broken = [];
    for (const block of [...blocksByFile.values()].flat()) {
        if (block.lang !== 'js' || block.mode === 'no-run')
            continue;
        try {
            parse(block.code, { ecmaVersion: 'latest', sourceType: 'module' });
        }
        catch (error) {
            broken.push(`${block.where}: ${error.message}`);
        }
    }
    assert.deepEqual(broken, []);
});
/** The environment a reader's shell has, plus the checkout's path; npm offline and quiet. */
function readerEnv(pwdFile) {
    const env = {
        ...process.env,
        UPLIFT_HOME: repoRoot,
        NODE_ENV: 'test',
        PORT: '0',
        DOCS_PWD: pwdFile,
        npm_config_offline: 'true',
        npm_config_audit: 'false',
        npm_config_fund: 'false',
        npm_config_update_notifier: 'false',
    };
    // Without this, a `node --test` in a block would see itself inside this runner and skip its files.
    delete env['NODE_TEST_CONTEXT'];
    return env;
}
/** Runs one block in `cwd` and returns the folder it ended in. */
async function runBlock(block, cwd, scratch) {
    const pwdFile = join(scratch, '.pwd');
    const lines = block.code.trimEnd().split('\n');
    const serves = block.mode === 'serves';
    const script = serves ? [...lines.slice(0, -1), 'pwd > "$DOCS_PWD"', `exec ${lines.at(-1)}`] : [...lines, 'pwd > "$DOCS_PWD"'];
    const child = spawn('bash', ['-euo', 'pipefail', '-c', script.join('\n')], { cwd, env: readerEnv(pwdFile), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk.toString()));
    child.stderr.on('data', (chunk) => (output += chunk.toString()));
    const exited = once(child, 'exit');
    const stopGroup = (signal) => {
        if (child.exitCode === null && child.signalCode === null)
            process.kill(-child.pid, signal);
    };
    const watchdog = setTimeout(() => stopGroup('SIGKILL'), 90_000);
    after(() => stopGroup('SIGKILL'));
    try {
        if (serves) {
            const url = await waitFor(() => /listening on (http:\/\/\S+)/.exec(output)?.[1], () => child.exitCode !== null || child.signalCode !== null);
            assert.ok(url, `${block.where}: the server printed no "listening on" line:\n${output}`);
            const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
            assert.equal(response.status, 200, `${block.where}: GET / answered ${response.status}`);
            stopGroup('SIGTERM');
        }
        const [code, signal] = await exited;
        if (!serves)
            assert.equal(code, 0, `${block.where}: exited with ${code ?? signal}:\n${block.code}\n---\n${output}`);
    }
    finally {
        clearTimeout(watchdog);
    }
    return (await readFile(pwdFile, 'utf8')).trim();
}
/** Polls `read` until it gives a value, or undefined once `gaveUp` (the watchdog bounds it). */
async function waitFor(read, gaveUp) {
    for (;;) {
        const value = read();
        if (value !== undefined || gaveUp())
            return value;
        await new Promise((r) => setTimeout(r, 25));
    }
}
for (const [file, blocks] of blocksByFile) {
    const runnable = blocks.filter((block) => block.lang === 'sh' && block.mode !== 'no-run');
    if (runnable.length === 0)
        continue;
    it(`${file}: its sh blocks run as written`, async () => {
        const scratch = await mkdtemp(join(tmpdir(), 'uplift-docs-'));
        after(() => rm(scratch, { recursive: true, force: true }));
        let cwd = scratch;
        for (const block of runnable)
            cwd = await runBlock(block, cwd, scratch);
    });
}
//# sourceMappingURL=docs.test.js.map