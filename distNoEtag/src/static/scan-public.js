import { readdir, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
/**
 * Every file under `publicRoot` (already a real path). A symlink is followed only when its
 * target's real path is inside `publicRoot`: a link to `/etc/passwd` or `../.env` is skipped and
 * reported through `skip`, never read. Names starting with `.` are never served, so they are not
 * listed. A directory reached twice through links is walked once.
 */
export async function scanPublic(publicRoot, skip) {
    const files = [];
    const walked = new Set([publicRoot]);
    const walk = async (dir, prefix) => {
        for (const entry of await readdir(dir, { withFileTypes: true })) {
            if (entry.name.startsWith('.'))
                continue;
            const key = prefix + entry.name;
            const real = await resolveInside(publicRoot, join(dir, entry.name));
            if (real === null) {
                skip(key, 'it is a link to a file outside public/');
                continue;
            }
            const stats = await stat(real).catch(() => null);
            if (stats?.isDirectory()) {
                if (walked.has(real))
                    continue;
                walked.add(real);
                await walk(real, key + '/');
            }
            else if (stats?.isFile()) {
                files.push({ key, path: real, stats });
            }
        }
    };
    await walk(publicRoot, '');
    return files;
}
/** The real path of `path` when it lies inside `root` (a real path), else null (or missing). */
export async function resolveInside(root, path) {
    const real = await realpath(path).catch(() => null);
    if (real === null)
        return null;
    return real === root || real.startsWith(root + sep) ? real : null;
}
//# sourceMappingURL=scan-public.js.map