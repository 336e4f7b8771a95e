import fresh from 'fresh';
import rangeParser from 'range-parser';
import { negotiateCoding } from '../http/accept-encoding.js';
import { headerValue, type CoreRequest, type CoreResponse } from '../http/exchange.js';
import { defaultFavicon } from './default-favicon.js';
import { openListedFile } from './open-file.js';
import { candidateKeys, toPublicKey } from './public-path.js';
import type { StaticFile } from './static-file.js';
import type { StaticTable } from './static-table.js';
import type { StaticSite } from './load-static.js';

/**
 * Answers a request under `/_public/` (404 for all of it when there is no `public/`):
 * `encodedRest` is the request path after that prefix, still percent-encoded. Only files the
 * table lists are ever read. Held files answer without touching the disk or waiting; larger ones
 * stream (see openListedFile).
 */
export function serveStatic(site: StaticSite | null, request: CoreRequest, encodedRest: string): CoreResponse | Promise<CoreResponse> {
  const { method } = request;
  if (method !== 'GET' && method !== 'HEAD') {
    if (method === 'OPTIONS') return { status: 204, headers: { allow: 'GET, HEAD' }, body: null };
    return plain(405, `/_public/ files accept GET and HEAD, not ${method}`, { allow: 'GET, HEAD' });
  }
  const checked = toPublicKey(encodedRest);
  if ('status' in checked) return plain(checked.status, `/_public/${encodedRest.slice(0, 200)} is refused: ${checked.reason}`);
  const table = site?.table;
  if (table === undefined) return notFound(null, request, checked.key);
  const keys = candidateKeys(checked.key);
  return findFirst(table, keys, 0, (found) => (found === null ? notFound(table, request, checked.key) : respondWithFile(request, found, 200)));
}

/** Tries `keys` in order; synchronous while the table answers synchronously (production). */
function findFirst(table: StaticTable, keys: readonly string[], i: number, done: (found: StaticFile | null) => CoreResponse | Promise<CoreResponse>): CoreResponse | Promise<CoreResponse> {
  if (i >= keys.length) return done(null);
  const next = (found: StaticFile | null): CoreResponse | Promise<CoreResponse> => (found === null ? findFirst(table, keys, i + 1, done) : done(found));
  const found = table.find(keys[i] as string);
  return found instanceof Promise ? found.then(next) : next(found);
}

/**
 * `public/404.html` with status 404 when the app has one (as Enhance serves it), else a short text;
 * the built-in favicon when the app has none.
 */
function notFound(table: StaticTable | null, request: CoreRequest, key: string): CoreResponse | Promise<CoreResponse> {
  const message = (): CoreResponse => plain(404, `/_public/${key.slice(0, 200)} not found`);
  if (key === 'favicon.svg') return defaultFavicon(request.method, headerValue(request.headers, 'if-none-match'));
  if (key === '404.html' || table === null) return message();
  return findFirst(table, ['404.html'], 0, (page) => (page === null ? message() : respondWithFile(request, page, 404)));
}

function respondWithFile(request: CoreRequest, file: StaticFile, status: 200 | 404): CoreResponse | Promise<CoreResponse> {
  // Copied with Object.assign: a spread copy makes adding content-length cost microseconds
  // (docs/ARCHITECTURE.md, "Copying objects on the request path").
  const headers: Record<string, string> = Object.assign({}, file.headers);
  const { method } = request;
  if (status === 200 && isFresh(request, file.etag, file.lastModified)) {
    delete headers['content-type'];
    delete headers['accept-ranges'];
    return { status: 304, headers, body: null };
  }
  const range = status === 200 ? requestedRange(request, file.size, file.etag, file.lastModified) : null;
  if (range === 'unsatisfiable') {
    return { status: 416, headers: { 'content-range': `bytes */${file.size}`, 'content-type': 'text/plain; charset=utf-8', 'accept-ranges': 'bytes' }, body: method === 'HEAD' ? null : `Range not satisfiable: the file has ${file.size} bytes\n` };
  }
  if (range !== null) {
    headers['content-range'] = `bytes ${range.start}-${range.end}/${file.size}`;
    headers['content-length'] = String(range.end - range.start + 1);
    // A byte range is of the identity representation; Vary still tells caches it could differ.
    if (method === 'HEAD') return { status: 206, headers, body: null };
    if (file.body !== null) return { status: 206, headers, body: file.body.subarray(range.start, range.end + 1) };
    return streamed(file, headers, 206, range.start, range.end);
  }
  const coding = file.codings.length === 0 ? null : negotiateCoding(headerValue(request.headers, 'accept-encoding'), file.codings);
  const body = coding === 'br' ? file.br : coding === 'gzip' ? file.gzip : file.body;
  if (coding !== null) headers['content-encoding'] = coding;
  headers['content-length'] = String(body === null ? file.size : body.byteLength);
  if (method === 'HEAD') return { status, headers, body: null };
  if (body !== null) return { status, headers, body };
  if (file.size === 0) return { status, headers, body: null };
  return streamed(file, headers, status, 0, file.size - 1);
}

async function streamed(file: StaticFile, headers: Record<string, string>, status: number, start: number, end: number): Promise<CoreResponse> {
  const stream = await openListedFile(file, start, end);
  if (stream === null) return plain(404, `/_public/${file.key} is no longer the file Uplift listed at start-up`);
  return { status, headers, body: null, stream };
}

function isFresh(request: CoreRequest, etag: string, lastModified: string): boolean {
  const { headers } = request;
  if (headers['if-none-match'] === undefined && headers['if-modified-since'] === undefined) return false;
  return fresh(
    { 'if-none-match': headerValue(headers, 'if-none-match'), 'if-modified-since': headerValue(headers, 'if-modified-since'), 'cache-control': headerValue(headers, 'cache-control') },
    { etag, 'last-modified': lastModified },
  );
}

/**
 * The one byte range to send, 'unsatisfiable' (416), or null for the whole file: no Range, a
 * malformed one, several ranges (RFC 9110 §14.2 lets a server ignore Range; multipart bodies
 * are rarely wanted), or an If-Range that no longer matches (RFC 9110 §13.1.5).
 */
function requestedRange(request: CoreRequest, size: number, etag: string, lastModified: string): { start: number; end: number } | 'unsatisfiable' | null {
  const header = headerValue(request.headers, 'range');
  if (header === undefined || request.method !== 'GET') return null;
  const ifRange = headerValue(request.headers, 'if-range');
  if (ifRange !== undefined && ifRange !== etag && ifRange !== lastModified) return null;
  const ranges = rangeParser(size, header, { combine: true });
  if (ranges === -1) return 'unsatisfiable';
  if (ranges === -2 || ranges.type !== 'bytes' || ranges.length !== 1) return null;
  const range = ranges[0] as { start: number; end: number };
  return { start: range.start, end: range.end };
}

function plain(status: number, message: string, extra: Record<string, string> = {}): CoreResponse {
  return { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...extra }, body: `${message}\n` };
}
