import type { RouteSegment } from './types.js';
/** What {@link parseRoutePath} made of one file path. */
export type ParsedRoutePath = {
    readonly status: 'route';
    readonly segments: readonly RouteSegment[];
    readonly pattern: string;
    readonly weight: string;
} | {
    readonly status: 'ignored';
} | {
    readonly status: 'invalid';
    readonly problem: string;
};
/**
 * Folds text for case-insensitive comparison: Unicode NFC (macOS may store `café` decomposed),
 * then lower case. Applied to file names at scan time and to decoded request segments at match
 * time.
 *
 * @example normaliseSegmentText('Café') // 'café'
 */
export declare function normaliseSegmentText(text: string): string;
/**
 * Turns a file path relative to `app/api` or `app/pages` into route segments, the pattern shown to
 * people and Enhance's precedence weight (enhance-compat §1.2, §1.3). Pure: no file-system access.
 *
 * Returns `ignored` for files that are not routes (other extensions, dotfiles) and `invalid`, with
 * a problem that says how to fix it, for names Uplift refuses.
 *
 * @example
 * parseRoutePath('notes/$id.mjs', ['.mjs'])
 * // { status: 'route', pattern: '/notes/:id', weight: 'CB', segments: [static notes, param id] }
 */
export declare function parseRoutePath(relPath: string, extensions: readonly string[]): ParsedRoutePath;
