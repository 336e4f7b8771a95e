import { createHash } from 'node:crypto';
import { createReadStream, type Stats } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import mime from 'mime';
import { cacheControlFor } from './cache-control.js';
import type { Coding } from '../http/accept-encoding.js';
import { isCompressible } from '../http/compressible.js';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

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
export async function loadStaticFile(key: string, path: string, stats: Stats, limits: StaticLimits, budget: MemoryBudget, hashAll: boolean): Promise<StaticFile> {
  const type = contentType(key);
  const held = stats.size <= limits.inMemoryLimit && stats.size <= budget.remaining;
  let body: Buffer | null = null;
  let hash: string | null = null;
  if (held) {
    body = await readFile(path);
    budget.remaining -= body.byteLength;
    hash = sha256(body);
  } else if (hashAll) {
    hash = await hashFile(path);
  }
  const compress = body !== null && body.byteLength >= limits.compressMin && isCompressible(type);
  const br = compress ? keepIfSmaller(body, await brotli(body as Buffer, brotliParams(body as Buffer)), budget) : null;
  const gz = compress ? keepIfSmaller(body, await gzipAsync(body as Buffer, { level: 9 }), budget) : null;
  // Strong validators (RFC 9110 §8.8.3): a content hash when known, else size and mtime, which
  // change together with the bytes in every write Uplift can see.
  const etag = hash !== null ? `"${Buffer.from(hash, 'hex').toString('base64url').slice(0, 27)}"` : `"${stats.size.toString(36)}-${Math.floor(stats.mtimeMs).toString(36)}"`;
  const lastModified = stats.mtime.toUTCString();
  const headers: Record<string, string> = {
    'content-type': type,
    etag,
    'last-modified': lastModified,
    'cache-control': cacheControlFor(type),
    'accept-ranges': 'bytes',
  };
  if (br !== null || gz !== null) headers.vary = 'accept-encoding';
    const codings: Coding[] = [];
  if (br !== null) codings.push('br');
  if (gz !== null) codings.push('gzip');
  return { key, path, size: stats.size, mtimeMs: stats.mtimeMs, dev: stats.dev, ino: stats.ino, type, hash, etag, lastModified, headers, body, br, gzip: gz, codings };
}

/** The media type from the extension; text types say UTF-8, which is what apps write. */
function contentType(key: string): string {
  const type = mime.getType(key) ?? 'application/octet-stream';
  return type.startsWith('text/') || type === 'application/javascript' || type === 'application/json' ? `${type}; charset=utf-8` : type;
}

function brotliParams(body: Buffer): { params: Record<number, number> } {
  return {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 9,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    },
  };
}

function keepIfSmaller(body: Buffer | null, compressed: Buffer, budget: MemoryBudget): Buffer | null {
  if (body === null || compressed.byteLength >= body.byteLength || compressed.byteLength > budget.remaining) return null;
  budget.remaining -= compressed.byteLength;
  return compressed;
}

function sha256(body: Buffer): string {
  return createHash('sha256').update(body).digest('hex');
}

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
