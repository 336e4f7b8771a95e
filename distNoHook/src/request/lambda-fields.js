import { randomUUID } from 'node:crypto';
import { headerValue } from '../http/exchange.js';
import { isJsonMediaType, parseMediaType } from '../http/media-type.js';
/** Enhance's single catch-all route, as API Gateway names it for the Lambda behind `any /*`. */
export const routeKey = 'ANY /{proxy+}';
export const resource = '/{proxy+}';
/** The `cookie` header as API Gateway passes it: one `name=value` string per cookie, or undefined. */
export function cookieList(request) {
    const header = headerValue(request.headers, 'cookie');
    if (header === undefined)
        return undefined;
    const cookies = [];
    for (const part of header.split(';')) {
        const cookie = part.trim();
        if (cookie !== '')
            cookies.push(cookie);
    }
    return cookies.length === 0 ? undefined : cookies;
}
/**
 * API Gateway sends JSON bodies (`application/json`, `application/*+json`) as text and every other
 * body base64-encoded; `rawBody` and `isBase64Encoded` follow the same rule.
 */
export function isBase64Body(source) {
    if (source.raw === undefined)
        return false;
    const media = parseMediaType(headerValue(source.request.headers, 'content-type') ?? '');
    return media === null || !isJsonMediaType(media);
}
/** The body string an API Gateway event would carry: the text for JSON, base64 for the rest. */
export function rawBodyString(source) {
    if (source.raw === undefined)
        return undefined;
    return source.raw.toString(isBase64Body(source) ? 'base64' : 'utf8');
}
/** `requestContext`, with the fields API Gateway fills in that make sense outside AWS. */
export function requestContext(source) {
    const { request, target } = source;
    // Read the clock only now: taking it for every request costs more than the rest of this object's
    // set-up, and a handler that wants the time reads requestContext before any slow work.
    const now = Date.now();
    const domainName = headerValue(request.headers, 'host') ?? '';
    return {
        domainName,
        domainPrefix: domainName.split('.')[0] ?? '',
        http: {
            method: request.method,
            path: target.path,
            protocol: `HTTP/${request.httpVersion ?? '1.1'}`,
            sourceIp: request.socket?.remoteAddress ?? '',
            userAgent: headerValue(request.headers, 'user-agent') ?? '',
        },
        requestId: randomUUID(),
        routeKey,
        stage: '$default',
        time: gatewayTime(new Date(now)),
        timeEpoch: now,
    };
}
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** API Gateway's `requestContext.time` format, in UTC: `02/Dec/2026:14:23:34 +0000`. */
export function gatewayTime(date) {
    const two = (value) => String(value).padStart(2, '0');
    const day = `${two(date.getUTCDate())}/${months[date.getUTCMonth()]}/${date.getUTCFullYear()}`;
    return `${day}:${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`;
}
//# sourceMappingURL=lambda-fields.js.map