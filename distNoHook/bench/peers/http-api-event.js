/**
 * A node request as the API Gateway HTTP API (payload format 2.0) event an Enhance Lambda receives
 * (enhance-compat §2.1, §2.2): lower-case headers with repeats comma-joined and no `cookie` header (cookies are
 * lifted into `cookies`), the query both raw and decoded, the catch-all route `ANY /{proxy+}`, and
 * the body as a plain string for JSON types, base64 for everything else.
 */
import { randomUUID } from 'node:crypto';
// The route Enhance's `any /*` becomes in API Gateway (enhance-compat §0, §2.1).
const routeKey = 'ANY /{proxy+}';
// Hop-by-hop headers end at API Gateway and never reach the function.
const hopByHop = new Set(['connection', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade']);
// API Gateway passes `application/json`, `application/vnd.api+json` and the like as text (enhance-compat §2.2).
const textBodyType = /^application\/[^;,]*json\s*(?:[;,]|$)/i;
/** Build the event for `req`, whose whole body is `body` (empty when there is none). */
export function toHttpApiEvent(req, body) {
    const { rawPath, rawQueryString } = splitTarget(req.url ?? '/');
    const headers = {};
    let cookies = [];
    for (const [name, values] of Object.entries(req.headersDistinct)) {
        if (values === undefined || hopByHop.has(name))
            continue;
        if (name === 'cookie')
            cookies = values.flatMap((value) => value.split(';')).map((cookie) => cookie.trim()).filter((cookie) => cookie !== '');
        else
            headers[name] = values.join(',');
    }
    headers['x-forwarded-for'] ??= req.socket.remoteAddress ?? '';
    headers['x-forwarded-port'] ??= String(req.socket.localPort ?? '');
    headers['x-forwarded-proto'] ??= 'http';
    const host = headers['host'] ?? '';
    const method = req.method ?? 'GET';
    const isText = textBodyType.test(headers['content-type'] ?? '');
    return {
        version: '2.0',
        routeKey,
        rawPath,
        rawQueryString,
        ...(cookies.length > 0 ? { cookies } : {}),
        headers,
        ...(rawQueryString === '' ? {} : { queryStringParameters: parseQuery(rawQueryString) }),
        pathParameters: { proxy: rawPath.slice(1) },
        requestContext: {
            accountId: 'anonymous',
            apiId: 'bench',
            domainName: host,
            domainPrefix: host.split('.')[0] ?? '',
            http: {
                method,
                path: rawPath,
                protocol: `HTTP/${req.httpVersion}`,
                sourceIp: req.socket.remoteAddress ?? '',
                userAgent: headers['user-agent'] ?? '',
            },
            requestId: randomUUID(),
            routeKey,
            stage: '$default',
            timeEpoch: Date.now(),
        },
        ...(body.length === 0 ? {} : { body: body.toString(isText ? 'utf8' : 'base64') }),
        isBase64Encoded: body.length > 0 && !isText,
    };
}
// rawPath stays percent-encoded as sent; an absolute-form target keeps only its path and query.
function splitTarget(target) {
    let pathAndQuery = target;
    if (!target.startsWith('/')) {
        try {
            const url = new URL(target);
            pathAndQuery = `${url.pathname}${url.search}`;
        }
        catch {
            pathAndQuery = '/';
        }
    }
    const question = pathAndQuery.indexOf('?');
    if (question < 0)
        return { rawPath: pathAndQuery, rawQueryString: '' };
    return { rawPath: pathAndQuery.slice(0, question), rawQueryString: pathAndQuery.slice(question + 1) };
}
// Decoded values; a repeated key's values are comma-joined into one string, as API Gateway does.
function parseQuery(rawQueryString) {
    const query = Object.create(null);
    for (const [key, value] of new URLSearchParams(rawQueryString)) {
        query[key] = key in query ? `${query[key]},${value}` : value;
    }
    return query;
}
//# sourceMappingURL=http-api-event.js.map