/**
 * `npm run build && node --expose-gc dist/scripts/dev-memory.js [rebuilds]`: how much heap each
 * `uplift dev` rebuild keeps. Writes a temporary app of 20 elements (about 50 KB of source), starts
 * the dev server in this process, saves a page `rebuilds` times (default 100, at most 500), waits
 * for each rebuild to be served, and prints the heap after a forced GC every 25 rebuilds.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDevServer } from '../src/dev/dev-server.js';
const rebuilds = Math.min(500, Math.max(1, Number(process.argv[2] ?? 100) || 100));
const gc = globalThis.gc;
const heapMb = () => {
    gc?.();
    return Math.round(process.memoryUsage().heapUsed / 1e5) / 10;
};
const root = await mkdtemp(join(tmpdir(), 'uplift-dev-memory-'));
await mkdir(join(root, 'app', 'elements'), { recursive: true });
await mkdir(join(root, 'app', 'pages'), { recursive: true });
for (let i = 1; i <= 20; i++) {
    const lines = Array.from({ length: 60 }, (_, k) => `  const v${k} = String(state.attrs.title) + ${k};`).join('\n');
    await writeFile(join(root, 'app', 'elements', `el-${i}.mjs`), `export default function El({ html, state }) {\n${lines}\n  return html\`<p>el-${i} \${state.attrs.title}</p>\`;\n}\n`);
}
const page = join(root, 'app', 'pages', 'index.html');
await writeFile(page, '<el-1 title="start"></el-1>');
const quiet = { error: (message) => process.stderr.write(`${message}\n`), warn: () => undefined, info: () => undefined };
const server = await startDevServer({ root, logger: quiet, env: {}, listen: { port: 0 } });
const deadline = Date.now() + 10 * 60_000;
try {
    await fetch(server.url);
    process.stdout.write(`${gc ? '' : '(run with --expose-gc for steady numbers) '}heap at start: ${heapMb()} MB\n`);
    for (let i = 1; i <= rebuilds && Date.now() < deadline; i++) {
        await writeFile(page, `<el-1 title="r${i}"></el-1>`);
        while (!(await (await fetch(server.url)).text()).includes(`r${i}`) && Date.now() < deadline)
            await new Promise((r) => setTimeout(r, 20));
        if (i % 25 === 0 || i === rebuilds)
            process.stdout.write(`after ${i} rebuilds: ${heapMb()} MB\n`);
    }
}
finally {
    await server.close(200);
    await rm(root, { recursive: true, force: true });
}
//# sourceMappingURL=dev-memory.js.map