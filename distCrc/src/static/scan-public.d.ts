import type { Stats } from 'node:fs';
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
export declare function scanPublic(publicRoot: string, skip: (key: string, reason: string) => void): Promise<FoundFile[]>;
/** The real path of `path` when it lies inside `root` (a real path), else null (or missing). */
export declare function resolveInside(root: string, path: string): Promise<string | null>;
