/**
 * `node dist/scripts/static-memory.js [--clients N] [--megabytes N]`: how much memory Uplift's
 * server process uses while N clients (default 20) each download one large file (default 200 MB)
 * from `/_public/` at the same time. The server runs with the real CLI in its own process (so the
 * clients' memory is not counted); its RSS is sampled every 100 ms. Prints RSS before, the peak
 * while streaming, and after. Bounded: the run is aborted after 120 s.
 */
import { open, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { setMaxListeners } from 'node:events';
import { startChildApp } from './soak/child-app.js';
import { readRssKb } from './soak/read-rss.js';
const { values } = parseArgs({ options: { clients: { type: 'string', default: '20' }, megabytes: { type: 'string', default: '200' } } });
const clients = Math.min(100, Math.max(1, Number(values.clients)));
const megabytes = Math.min(2048, Math.max(1, Number(values.megabytes)));
const deadline = AbortSignal.timeout(120_000);
setMaxListeners(clients + 10, deadline);
const root = await mkdtemp(join(tmpdir(), 'uplift-static-memory-'));
try {
    await mkdir(join(root, 'app', 'pages'), { recursive: true });
    await writeFile(join(root, 'app', 'pages', 'index.html'), '<p>memory</p>');
    await mkdir(join(root, 'public'));
    const file = await open(join(root, 'public', 'large.bin'), 'w');
    const chunk = Buffer.alloc(1024 * 1024, 7);
    for (let i = 0; i < megabytes; i++)
        await file.write(chunk);
    await file.close();
    const app = await startChildApp({ root, env: { NODE_ENV: 'production', ARC_APP_SECRET: 'memory-check-secret-of-at-least-32-characters' } });
    try {
        const before = await readRssKb(app.pid);
        let peak = before ?? 0;
        const sampler = setInterval(() => {
            void readRssKb(app.pid).then((kb) => {
                if (kb !== null && kb > peak)
                    peak = kb;
            });
        }, 100);
        const started = performance.now();
        const received = await Promise.all(Array.from({ length: clients }, () => download(`${app.url}/_public/large.bin`)));
        clearInterval(sampler);
        const seconds = (performance.now() - started) / 1000;
        const after = await readRssKb(app.pid);
        const complete = received.every((bytes) => bytes === megabytes * 1024 * 1024);
        const mb = (kb) => (kb === null ? 'unknown' : `${(kb / 1024).toFixed(1)} MB`);
        process.stdout.write(`${clients} clients × ${megabytes} MB from /_public/large.bin in ${seconds.toFixed(1)} s (${complete ? 'all complete' : 'INCOMPLETE'})\n` +
            `server RSS before: ${mb(before)}, peak while streaming: ${mb(peak)}, after: ${mb(after)}\n`);
        process.exitCode = complete ? 0 : 1;
    }
    finally {
        await app.stop();
    }
}
finally {
    await rm(root, { recursive: true, force: true });
}
/** Downloads `url`, counting bytes and keeping none. */
function download(url) {
    return new Promise((resolve, reject) => {
        const req = request(url, { agent: false, signal: deadline }, (res) => {
            let bytes = 0;
            res.on('data', (chunk) => {
                bytes += chunk.length;
            });
            res.on('end', () => resolve(bytes));
            res.on('error', reject);
        });
        req.on('error', reject);
        req.end();
    });
}
//# sourceMappingURL=static-memory.js.map