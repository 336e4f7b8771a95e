/**
 * The real Enhance runtime on node:http, for the `page` bench suite. Enhance runs as one Lambda
 * behind API Gateway's HTTP API (enhance-compat §0): `createRouter(basePath)` from @enhance/arc-plugin-enhance
 * wraps its router in `arc.http` (@architect/functions), which takes a payload-v2 event and resolves
 * to `{ statusCode, headers, body, isBase64Encoded, cookies }`. This adapter plays API Gateway (and
 * Sandbox's environment): it translates a node request into that event and the result back, and
 * adds nothing of its own, so the bench measures Enhance's own work plus a thin translation.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { toHttpApiEvent } from './http-api-event.js';
// Lambda's request payload limit (enhance-compat §10); API Gateway refuses larger bodies before the function runs.
const maxBodyBytes = 6 * 1024 * 1024;
// The package's "exports" map publishes this entry; it has no types, so it is imported by a variable.
const routerEntry = '@enhance/arc-plugin-enhance/src/http/any-catchall/index.mjs';
/**
 * Import Enhance's router for the app folder `appDir` (the one holding api/, pages/, elements/).
 * Sets what Sandbox sets (enhance-compat §9, §9.5) first, unless already set: the router reads `ARC_ENV`
 * when its modules load, and sessions need a provider and a secret.
 */
export async function loadEnhanceHandler(appDir) {
    process.env['ARC_ENV'] ??= 'testing';
    process.env['ARC_SESSION_TABLE_NAME'] ??= 'jwe';
    process.env['ARC_APP_SECRET'] ??= randomBytes(32).toString('hex');
    const entry = (await import(routerEntry));
    if (typeof entry.createRouter !== 'function') {
        throw new Error(`${routerEntry} does not export createRouter(basePath); check the installed @enhance/arc-plugin-enhance (11.x expected).`);
    }
    return entry.createRouter(path.resolve(appDir));
}
/** A node:http listener serving the Enhance app in `appDir` through `loadEnhanceHandler`. */
export async function createEnhanceListener(appDir) {
    const handler = await loadEnhanceHandler(appDir);
    return (req, res) => {
        void serveRequest(handler, req, res);
    };
}
async function serveRequest(handler, req, res) {
    try {
        const body = await readBody(req);
        if (body === null) {
            writeHttpApiResult(res, { statusCode: 413, headers: { 'content-type': 'application/json' }, body: '{"message":"Request Entity Too Large"}' });
            return;
        }
        writeHttpApiResult(res, await handler(toHttpApiEvent(req, body), {}));
    }
    catch (error) {
        // What API Gateway answers when the Lambda throws (enhance-compat §4.5); the stack goes to the log only.
        console.error(error);
        if (res.headersSent)
            res.destroy();
        else
            writeHttpApiResult(res, { statusCode: 500, headers: { 'content-type': 'application/json' }, body: '{"message":"Internal Server Error"}' });
    }
}
/** Send a Lambda result as the HTTP response: status, headers, `cookies` as `set-cookie`, decoded body. */
export function writeHttpApiResult(res, result) {
    const headers = {};
    for (const [name, value] of Object.entries(result.headers ?? {}))
        headers[name.toLowerCase()] = String(value);
    for (const [name, values] of Object.entries(result.multiValueHeaders ?? {})) {
        headers[name.toLowerCase()] = values.map(String);
    }
    if (result.cookies !== undefined && result.cookies.length > 0) {
        const existing = headers['set-cookie'] ?? [];
        headers['set-cookie'] = [...(Array.isArray(existing) ? existing : [existing]), ...result.cookies];
    }
    const body = Buffer.from(result.body ?? '', result.isBase64Encoded === true ? 'base64' : 'utf8');
    // API Gateway sends a buffered body with its length, never chunked.
    delete headers['transfer-encoding'];
    headers['content-length'] = String(body.length);
    res.writeHead(result.statusCode ?? 200, headers);
    res.end(body);
}
// The whole body, as API Gateway buffers it; null when it is declared or grows past the Lambda limit.
async function readBody(req) {
    if (Number(req.headers['content-length'] ?? 0) > maxBodyBytes)
        return null;
    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
        size += chunk.length;
        if (size > maxBodyBytes)
            return null;
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
//# sourceMappingURL=enhance-node.js.map