import { type Stats } from 'node:fs';
import type { Coding } from '../http/accept-encoding.js';
/** Sizes that decide what is held in memory and compressed (docs/static.md). */
export interface StaticLimits {
    /** Files up to this many bytes are held in memory. */
    readonly inMemoryLimit: number;
    /** The most bytes all held files and their compressed copies may take together. */
    readonly memoryLimit: number;
    /** Compressible held files from this many bytes get br and gzip copies. */
    readonly compressMin: number;
}
/** Bytes still free under `memoryLimit`, shared by every file of one table. */
export interface MemoryBudget {
    remaining: number;
}
/** One file of `public/`, with everything a response needs worked out at start-up. */
export interface StaticFile {
    /** The path under `public/`, `/`-separated and decoded: `styles/app.css`. */
    readonly key: string;
    /** The file's real path (symlinks resolved), inside the real `public/`. */
    readonly path: string;
    readonly size: number;
    readonly mtimeMs: number;
    readonly dev: number;
    readonly ino: number;
    readonly type: string;
    /** sha256 of the content in hex, when it was read (held files, and all files when fingerprinting). */
    readonly hash: string | null;
    readonly etag: string;
    readonly lastModified: string;
    /** The headers every 200 for this file carries, except content-length and content-encoding. */
    readonly headers: Readonly<Record<string, string>>;
    /** The content, when held in memory; null when it is streamed from disk. */
    readonly body: Buffer | null;
    readonly br: Buffer | null;
    readonly gzip: Buffer | null;
    /** The codings held, best first, for Accept-Encoding negotiation. */
    readonly codings: readonly Coding[];
}
/**
 * Reads what a file's responses need. A held file is read once and its compressed copies made
 * once, at start-up: brotli quality 9 (on a 24 KB page, 5% smaller than the per-request quality 4
 * for 7 ms once; quality 10 and 11 took 40–150 ms for no gain) and gzip level 9. A copy is kept
 * only when it is smaller than the original and fits the memory budget.
 */
export declare function loadStaticFile(key: string, path: string, stats: Stats, limits: StaticLimits, budget: MemoryBudget, hashAll: boolean): Promise<StaticFile>;
