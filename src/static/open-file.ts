import { constants, createReadStream, type ReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { resolveInside } from './scan-public.js';
import type { StaticFile } from './static-file.js';

/**
 * Opens a listed file for streaming, checking again that it is the file that was listed: its
 * real path still inside `public/` (a file swapped for a symlink after start-up is refused), the
 * final component not a symlink (O_NOFOLLOW), and the same inode, size and mtime, so the ETag and
 * Content-Length worked out at start-up still describe the bytes sent. Null when any check fails.
 */
export async function openListedFile(root: string, file: StaticFile, start: number, end: number): Promise<ReadStream | null> {
  const real = await resolveInside(root, file.path);
  if (real !== file.path) return null;
  const handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW).catch(() => null);
  if (handle === null) return null;
  const stats = await handle.stat().catch(() => null);
  if (stats === null || stats.ino !== file.ino || stats.dev !== file.dev || stats.size !== file.size || stats.mtimeMs !== file.mtimeMs) {
    await handle.close();
    return null;
  }
  return createReadStream('', { fd: handle, start, end, highWaterMark: 64 * 1024 });
}
