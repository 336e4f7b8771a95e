import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import mime from 'mime';
import { cacheControlFor } from './cache-control.js';
import { isCompressible } from '../http/compressible.js';
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
/**
 * Reads what a file's responses need. A held file is read once and its compressed copies made
 * once, at start-up: brotli quality 9 (on a 24 KB page, 5% smaller than the per-request quality 4
 * for 7 ms once; quality 10 and 11 took 40–150 ms for no gain) and gzip level 9. A copy is kept
 * only when it is smaller than the original and fits the memory budget.
 */
export async function loadStaticFile(key, path, stats, limits, budget, hashAll) {
    const type = contentType(key);
    const held = stats.size <= limits.inMemoryLimit && stats.size <= budget.remaining;
    let body = null;
    let hash = null;
    if (held) {
        body = await readFile(path);
        budget.remaining -= body.byteLength;
        hash = sha256(body);
    }
    else if (hashAll) {
        hash = await hashFile(path);
    }
    const compress = body !== null && body.byteLength >= limits.compressMin && isCompressible(type);
    const br = compress ? keepIfSmaller(body, await brotli(body, brotliParams(body)), budget) : null;
    const gz = compress ? keepIfSmaller(body, await gzipAsync(body, { level: 9 }), budget) : null;
    // Strong validators (RFC 9110 §8.8.3): a content hash when known, else size and mtime, which
    // change together with the bytes in every write Uplift can see.
    const etag = hash !== null ? `"${Buffer.from(hash, 'hex').toString('base64url').slice(0, 27)}"` : `"${stats.size.toString(36)}-${Math.floor(stats.mtimeMs).toString(36)}"`;
    const lastModified = stats.mtime.toUTCString();
    const headers = {
        'content-type': type,
        etag,
        'last-modified': lastModified,
        'cache-control': cacheControlFor(type),
        'accept-ranges': 'bytes',
    };
    if (br !== null || gz !== null)
        headers.vary = 'accept-encoding';
    const codings = [];
    if (br !== null)
        codings.push('br');
    if (gz !== null)
        codings.push('gzip');
    return { key, path, size: stats.size, mtimeMs: stats.mtimeMs, dev: stats.dev, ino: stats.ino, type, hash, etag, lastModified, headers, body, br, gzip: gz, codings };
}
/** The media type from the extension; text types say UTF-8, which is what apps write. */
function contentType(key) {
    const type = mime.getType(key) ?? 'application/octet-stream';
    return type.startsWith('text/') || type === 'application/javascript' || type === 'application/json' ? `${type}; charset=utf-8` : type;
}
function brotliParams(body) {
    return {
        params: {
            [constants.BROTLI_PARAM_QUALITY]: 9,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        },
    };
}
function keepIfSmaller(body, compressed, budget) {
    if (body === null || compressed.byteLength >= body.byteLength || compressed.byteLength > budget.remaining)
        return null;
    budget.remaining -= compressed.byteLength;
    return compressed;
}
function sha256(body) {
    return createHash('sha256').update(body).digest('hex');
}
async function hashFile(path) {
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(path))
        hash.update(chunk);
    return hash.digest('hex');
}
//# sourceMappingURL=static-file.js.map