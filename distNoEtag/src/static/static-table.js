import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { immutableCacheControl } from './cache-control.js';
import { fingerprintKey } from './fingerprint.js';
import { resolveInside, scanPublic } from './scan-public.js';
import { loadStaticFile } from './static-file.js';
/**
 * Production: the whole folder is scanned once and the table never changes; a file added later is
 * not served until the next start (so a request can never make Uplift read a file it did not
 * list). Development: each request checks the file on disk and reloads it when it changed, so an
 * edit shows on the next reload; held copies are replaced, never added to, so memory stays bounded
 * by the folder's size.
 */
export async function createStaticTable(options) {
    const { root, limits } = options;
    const budget = { remaining: limits.memoryLimit };
    const byKey = new Map();
    const skip = (key, reason) => options.warn(`public/${key} is not served: ${reason}.`);
    const found = await scanPublic(root, skip);
    for (const { key, path, stats } of found) {
        byKey.set(key, await loadStaticFile(key, path, stats, limits, budget, options.fingerprint));
    }
    const fingerprinted = new Map();
    const immutable = new Map();
    if (options.fingerprint) {
        for (const file of byKey.values()) {
            const hashed = fingerprintKey(file.key, file.hash);
            fingerprinted.set(file.key, hashed);
            immutable.set(hashed, { ...file, headers: { ...file.headers, 'cache-control': immutableCacheControl } });
        }
    }
    const findHashed = (key) => immutable.get(key) ?? null;
    if (options.dev)
        return { root, fingerprinted, find: (key) => findHashed(key) ?? findOnDisk(options, byKey, budget, key) };
    return {
        root,
        fingerprinted,
        find(key) {
            return byKey.get(key) ?? findHashed(key);
        },
    };
}
async function findOnDisk(options, byKey, budget, key) {
    const real = await resolveInside(options.root, join(options.root, key));
    const stats = real === null ? null : await stat(real).catch(() => null);
    const known = byKey.get(key);
    if (real === null || !stats?.isFile()) {
        if (known !== undefined)
            forget(byKey, budget, known);
        return null;
    }
    if (known !== undefined && known.path === real && known.ino === stats.ino && known.size === stats.size && known.mtimeMs === stats.mtimeMs) {
        return known;
    }
    if (known !== undefined)
        forget(byKey, budget, known);
    const file = await loadStaticFile(key, real, stats, options.limits, budget, false);
    // A concurrent request may have loaded the same file meanwhile: give its memory back first.
    const raced = byKey.get(key);
    if (raced !== undefined)
        forget(byKey, budget, raced);
    byKey.set(key, file);
    return file;
}
function forget(byKey, budget, file) {
    byKey.delete(file.key);
    budget.remaining += (file.body?.byteLength ?? 0) + (file.br?.byteLength ?? 0) + (file.gzip?.byteLength ?? 0);
}
//# sourceMappingURL=static-table.js.map