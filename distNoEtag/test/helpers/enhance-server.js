import { cp, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { createEnhanceListener } from '../../bench/peers/enhance-node.js';
/**
 * Serves the project in `root` with the real Enhance runtime (@enhance/arc-plugin-enhance behind
 * node:http, as the bench runs it) on 127.0.0.1; closed after the test file. Returns its URL.
 * Enhance gets its own copy of the folder: Uplift's module hook transforms the modules of every
 * project Uplift loads in this process, and Enhance must import them as written.
 */
export async function serveWithEnhance(root) {
    const copy = await mkdtemp(join(tmpdir(), 'uplift-enhance-'));
    await cp(root, copy, { recursive: true, verbatimSymlinks: true });
    const server = createServer(await createEnhanceListener(join(copy, 'app')));
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    after(async () => {
        server.close();
        await rm(copy, { recursive: true, force: true });
    });
    return `http://127.0.0.1:${server.address().port}`;
}
//# sourceMappingURL=enhance-server.js.map