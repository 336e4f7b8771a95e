import { type StaticFile, type StaticLimits } from './static-file.js';
/** The files of `public/`, looked up by key. */
export interface StaticTable {
    /** The real path of `public/`. */
    readonly root: string;
    /** The file for a key, or null. In production a Map lookup; in development a check on disk. */
    find(key: string): StaticFile | null | Promise<StaticFile | null>;
    /** Original key → fingerprinted key, for every file (empty when fingerprinting is off). */
    readonly fingerprinted: ReadonlyMap<string, string>;
}
export interface StaticTableOptions {
    /** The real path of `public/`. */
    readonly root: string;
    readonly limits: StaticLimits;
    readonly fingerprint: boolean;
    /** Development: files added or changed after start-up are served as they are now. */
    readonly dev: boolean;
    readonly warn: (message: string) => void;
}
/**
 * Production: the whole folder is scanned once and the table never changes; a file added later is
 * not served until the next start (so a request can never make Uplift read a file it did not
 * list). Development: each request checks the file on disk and reloads it when it changed, so an
 * edit shows on the next reload; held copies are replaced, never added to, so memory stays bounded
 * by the folder's size.
 */
export declare function createStaticTable(options: StaticTableOptions): Promise<StaticTable>;
