import type { Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';

/** A file found under `public/`. */
export interface FoundFile {
  /** `/`-separated path under `public/`, as requested: `styles/app.css`. */
  readonly key: string;
  /** Its real path, symlinks resolved. */
  readonly path: string;
  readonly stats: Stats;
}

/**
 * Every file under `publicRoot` (already a real path). A symlink is followed only when its
 * target's real path is inside `publicRoot`: a link to `/etc/passwd` or `../.env` is skipped and
 * reported through `skip`, never read. Names starting with `.` are never served, so they are not
 * listed. A directory reached twice through links is walked once.
 */
export async function scanPublic(publicRoot: string, skip: (key: string, reason: string) => void): Promise<FoundFile[]> {
  const files: FoundFile[] = [];
  const walked = new Set<string>([publicRoot]);
  const walk = async (dir: string, prefix: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const key = prefix + entry.name;
      const real = await resolveInside(publicRoot, join(dir, entry.name));
      if (real === null) {
        skip(key, 'it is a link to a file outside public/');
        continue;
      }
      const stats = await stat(real).catch(() => null);
      if (stats?.isDirectory()) {
        if (walked.has(real)) continue;
        walked.add(real);
        await walk(real, key + '/');
      } else if (stats?.isFile()) {
        files.push({ key, path: real, stats });
      }
    }
  };
  await walk(publicRoot, '');
  return files;
}

/** The real path of `path` when it lies inside `root` (a real path), else null (or missing). */
export async function resolveInside(root: string, path: string): Promise<string | null> {
  const real = await realpath(path).catch(() => null);
  if (real === null) return null;
  return real === root || real.startsWith(root + sep) ? real : null;
}
