import { type ReadStream } from 'node:fs';
import type { StaticFile } from './static-file.js';
/**
 * Opens a listed file for streaming, checking again that it is the file that was listed: its
 * real path still inside `public/` (a file swapped for a symlink after start-up is refused), the
 * final component not a symlink (O_NOFOLLOW), and the same inode, size and mtime, so the ETag and
 * Content-Length worked out at start-up still describe the bytes sent. Null when any check fails.
 *
 * A plain descriptor, not a FileHandle: a stream over a FileHandle reads through the promise API,
 * which measured about three times the CPU per 500 KB response.
 */
export declare function openListedFile(root: string, file: StaticFile, start: number, end: number): Promise<ReadStream | null>;
