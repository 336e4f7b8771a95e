import { realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UpliftError } from '../common/errors.js';
import { readArcFingerprint } from './arc-static.js';
import { rebuildBrowserBundles } from './browser-bundles.js';
import { createPublicRewriter } from './fingerprint.js';
import { createStaticTable } from './static-table.js';
/**
 * Builds the browser bundles (the dev watcher rebuilds them on change), then lists `public/`.
 * Null when the project has no `public/` folder and no bundles.
 */
export async function loadStatic(root, options, dev, warn) {
    const limits = resolveLimits(options);
    await rebuildBrowserBundles(root, { dev });
    const publicDir = join(root, 'public');
    if (!(await stat(publicDir).catch(() => null))?.isDirectory())
        return null;
    const fingerprint = options.fingerprint ?? (dev ? false : ((await readArcFingerprint(root)) ?? true));
    const table = await createStaticTable({ root: await realpath(publicDir), limits, fingerprint, dev, warn });
    return { table, publicUrls: fingerprint ? createPublicRewriter(table.fingerprinted) : null };
}
function resolveLimits(options) {
    const size = (value, name, fallback) => {
        if (value === undefined)
            return fallback;
        if (!Number.isInteger(value) || value < 0) {
            throw new UpliftError('UPLIFT_CONFIG', `createApp: static.${name} must be a whole number of bytes, got ${String(value)}`);
        }
        return value;
    };
    return {
        inMemoryLimit: size(options.inMemoryLimit, 'inMemoryLimit', 64 * 1024),
        memoryLimit: size(options.memoryLimit, 'memoryLimit', 64 * 1024 * 1024),
        compressMin: size(options.compressMin, 'compressMin', 1024),
    };
}
//# sourceMappingURL=load-static.js.map