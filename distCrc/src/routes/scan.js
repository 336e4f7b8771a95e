import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
/**
 * Lists every regular file below `root` as a `/`-separated path relative to it, sorted by code
 * unit so the result does not depend on the file system's order. A missing `root` gives `[]`.
 *
 * `node_modules` folders are skipped. Symbolic links are followed; a link that points back to one
 * of its own parent folders is skipped, so a cycle cannot hang start-up. Broken links are ignored.
 *
 * @example await listRouteFiles('/srv/app/api') // ['index.mjs', 'notes/$id.mjs']
 */
export async function listRouteFiles(root) {
    const files = [];
    let rootReal;
    try {
        rootReal = await realpath(root);
    }
    catch (error) {
        if (isMissing(error))
            return files;
        throw error;
    }
    await walkFolder(root, '', new Set([rootReal]), files);
    return files.sort();
}
async function walkFolder(folder, rel, ancestors, files) {
    const entries = await readdir(folder, { withFileTypes: true });
    for (const entry of entries) {
        const full = path.join(folder, entry.name);
        const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
        const type = await entryType(entry, full);
        if (type === 'file') {
            files.push(childRel);
        }
        else if (type === 'folder' && entry.name !== 'node_modules') {
            const real = await realpath(full);
            if (ancestors.has(real))
                continue;
            ancestors.add(real);
            await walkFolder(full, childRel, ancestors, files);
            ancestors.delete(real);
        }
    }
}
async function entryType(entry, full) {
    if (!entry.isSymbolicLink()) {
        if (entry.isFile())
            return 'file';
        return entry.isDirectory() ? 'folder' : 'other';
    }
    try {
        const target = await stat(full);
        if (target.isFile())
            return 'file';
        return target.isDirectory() ? 'folder' : 'other';
    }
    catch (error) {
        if (isMissing(error))
            return 'other';
        throw error;
    }
}
function isMissing(error) {
    const code = error?.code;
    return code === 'ENOENT' || code === 'ELOOP';
}
//# sourceMappingURL=scan.js.map