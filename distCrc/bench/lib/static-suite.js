/**
 * Suite `static`: `/_public/*` delivery. Uplift against sirv and serve-static, each on node:http in
 * its own child process, over the same temporary `public/` folder (static-files.ts): a 2 KB
 * stylesheet and a 500 KB image, each loaded in interleaved rounds like the json suite
 * (rounds.ts). Ratios divide by sirv on the same file. No Accept-Encoding is sent, so every server
 * sends the identity bytes and the comparison is of delivery alone.
 */
import { rm } from 'node:fs/promises';
import { messageOf } from './message-of.js';
import { checkRatio, findCleanRow, measureTargets } from './rounds.js';
import { staticAssets, writeStaticProject } from './static-files.js';
import { addRatios } from './suite.js';
/** The peers, by program in bench/servers/, in table order. */
export const staticPrograms = [
    { name: 'uplift', program: 'static-uplift' },
    { name: 'sirv', program: 'static-sirv' },
    { name: 'serve-static', program: 'static-serve-static' },
];
const minRatioToSirv = 2;
/** A row's target: `<server>, <asset label>`. */
export function staticTargetName(server, asset) {
    return `${server}, ${asset.label}`;
}
/** The static suite. */
export const staticSuite = {
    name: 'static',
    description: 'Uplift vs sirv vs serve-static on node:http: a 2 KB stylesheet and a 500 KB image from /_public/',
    async run(options) {
        const root = await writeStaticProject();
        try {
            const rows = [];
            for (const asset of staticAssets()) {
                const plan = { suite: 'static', connections: 50, headers: {}, path: asset.path };
                const targets = staticPrograms.map(({ name, program }) => ({ name: staticTargetName(name, asset), program, env: { STATIC_ROOT: root } }));
                options.note(`static: GET ${asset.path} (${asset.bytes.length} bytes), no accept-encoding, ${plan.connections} connections.`);
                const measured = await measureTargets(targets, plan, (url) => checkAnswer(url + asset.path, asset.bytes), options);
                rows.push(...addRatios(measured, staticTargetName('sirv', asset)));
            }
            return rows;
        }
        finally {
            await rm(root, { recursive: true, force: true });
        }
    },
    checkTargets(rows) {
        const css = staticAssets()[0];
        return [
            checkRatio(`Uplift ≥ ${minRatioToSirv}× sirv on the ${css.label}`, findCleanRow(rows, staticTargetName('uplift', css)), findCleanRow(rows, staticTargetName('sirv', css)), minRatioToSirv),
        ];
    },
};
/** Every server must send exactly the file's bytes, or it would be measured doing other work. */
async function checkAnswer(url, bytes) {
    try {
        const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
        const body = Buffer.from(await response.arrayBuffer());
        if (response.status !== 200)
            return { ok: false, note: `answered ${response.status}, expected 200` };
        return body.equals(bytes) ? { ok: true, note: '' } : { ok: false, note: `answered ${body.length} bytes that are not the file (${bytes.length} bytes)` };
    }
    catch (error) {
        return { ok: false, note: `GET failed: ${messageOf(error)}` };
    }
}
//# sourceMappingURL=static-suite.js.map