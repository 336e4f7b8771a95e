/**
 * JSON suite baseline: the least a node:http server can do to answer the payload as JSON.
 * Started by the harness as a child process; prints its readiness line once listening.
 *
 * It sets content-length: without it, writeHead() + end() answers with chunked transfer encoding,
 * which measured ~10–15% slower here and would make a soft baseline (Hono beat it).
 *
 * With `BENCH_RAW_HEADERS=uplift` it also sends the two headers Uplift must send on a JSON answer
 * (docs/enhance-compat.md and docs/static.md): Architect's no-cache `cache-control` and a weak
 * ETag from the body's CRC-32, computed the way Uplift computes it. That row is the floor for a
 * framework with those duties: the cost of the headers themselves, with no framework around them.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { crc32 } from 'node:zlib';
import { formatListeningLine } from '../lib/listening-line.js';
import { loadPayload } from '../lib/payload.js';

const payload = loadPayload();
const withUpliftHeaders = process.env['BENCH_RAW_HEADERS'] === 'uplift';
const jsonType = 'application/json; charset=utf-8';
const noCache = 'no-cache, no-store, must-revalidate, max-age=0, s-maxage=0';

const server = http.createServer((_req, res) => {
  const body = JSON.stringify(payload);
  const length = Buffer.byteLength(body);
  res.writeHead(
    200,
    withUpliftHeaders
      ? { 'content-type': jsonType, 'cache-control': noCache, etag: `W/"${body.length}-${crc32(body)}"`, 'content-length': length }
      : { 'content-type': jsonType, 'content-length': length },
  );
  res.end(body);
});

server.listen(0, '127.0.0.1', () => {
  console.log(formatListeningLine((server.address() as AddressInfo).port));
});
