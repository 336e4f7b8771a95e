import { UpliftError } from '../common/errors.js';
const rawBodyTypes = {
    html: 'text/html; charset=utf-8',
    text: 'text/plain; charset=utf-8',
    css: 'text/css; charset=utf-8',
    js: 'text/javascript; charset=utf-8',
    xml: 'application/xml; charset=utf-8',
};
/**
 * What a response key is. A `switch` rather than Sets: this runs for every key of every result,
 * and hashing showed up in profiles of the JSON bench.
 */
function keyKind(key) {
    switch (key) {
        case 'json':
        case 'html':
        case 'text':
        case 'css':
        case 'js':
        case 'xml':
        case 'body':
            return 'body';
        case 'type':
        case 'location':
        case 'status':
        case 'code':
        case 'statusCode':
        case 'cacheControl':
        case 'headers':
        case 'session':
        case 'cors':
            return 'other';
        default:
            return undefined;
    }
}
const expectedShape = '{ json?, html?, text?, css?, js?, xml?, body?, type?, location?, status? (or code, statusCode), cacheControl?, headers?, session?, cors? } with at most one body key';
/** Returned when a handler returns nothing: an empty JSON object, as in Enhance (enhance-compat §4.1). */
export const emptyResult = Object.freeze({
    status: undefined,
    location: undefined,
    headers: {},
    cacheControl: undefined,
    session: undefined,
    body: undefined,
    cors: false,
});
/**
 * Checks a handler's return value and resolves Enhance's aliases in this one place, so
 * nothing downstream guesses at `status || code || statusCode` or header case. A shape that makes
 * no sense is an UpliftError naming the file, the export and the expected shape.
 */
export function normalizeResult(value, source) {
    if (value === undefined || value === null)
        return emptyResult;
    const fail = (problem) => {
        throw new UpliftError('UPLIFT_HANDLER_RESULT', `${source.file}: export "${source.exportName}" ${problem}. Expected ${expectedShape}.`);
    };
    if (typeof value !== 'object' || Array.isArray(value)) {
        fail(`returned ${describe(value)}; to send data, return { json: ${Array.isArray(value) ? '[…]' : 'value'} }`);
    }
    const result = value;
    let bodyKey;
    for (const key in result) {
        const kind = keyKind(key);
        if (kind === undefined) {
            const unknown = Object.keys(result).filter((name) => keyKind(name) === undefined);
            fail(`returned unknown key(s) ${unknown.map((k) => `"${k}"`).join(', ')}; wrap data in { json: … }`);
        }
        if (kind === 'body' && result[key] !== undefined) {
            if (bodyKey !== undefined)
                fail(`returned several body keys (${bodyKey}, ${key}); return only one`);
            bodyKey = key;
        }
    }
    return {
        status: readStatus(result, fail),
        location: readLocation(result.location, fail),
        headers: readHeaders(result.headers, fail, (name) => source.warn?.(`${source.file}: export "${source.exportName}" set the "${name}" header, which Uplift drops: the framework ` +
            'frames every response from the bytes it sends. Remove the header from the result.')),
        cacheControl: readHeaderString(result.cacheControl, 'cacheControl', fail),
        session: readSession(result.session, fail),
        body: readBody(result, bodyKey, fail),
        cors: result.cors === true,
    };
}
function readStatus(result, fail) {
    const status = result.status ?? result.code ?? result.statusCode;
    if (status === undefined)
        return undefined;
    if (typeof status !== 'number' || !Number.isInteger(status) || status < 200 || status > 599) {
        fail(`returned status ${describe(status)}; use an integer from 200 to 599`);
    }
    return status;
}
function readLocation(location, fail) {
    if (location === undefined)
        return undefined;
    if (typeof location !== 'string' || location === '')
        fail(`returned location ${describe(location)}; use a URL string`);
    return checkHeaderValue(location, 'location', fail);
}
function readHeaderString(value, key, fail) {
    if (value === undefined)
        return undefined;
    if (typeof value !== 'string')
        fail(`returned ${key} ${describe(value)}; use a string`);
    return checkHeaderValue(value, key, fail);
}
const tokenPattern = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/**
 * Headers that frame the message or manage the connection (RFC 9112 §6, RFC 9110 §7.6.1). A
 * handler that copies them from an upstream response, or computes a length from `text.length`,
 * would make the client read a different message than the one sent (and a pipelined response
 * after it). The length is computed from the body's bytes instead.
 */
const framingHeaders = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive', 'upgrade']);
function readHeaders(headers, fail, dropped) {
    if (headers === undefined)
        return {};
    if (typeof headers !== 'object' || headers === null || Array.isArray(headers)) {
        fail(`returned headers ${describe(headers)}; use an object of name → string`);
    }
    const out = {};
    for (const [name, value] of Object.entries(headers)) {
        if (!tokenPattern.test(name))
            fail(`returned an invalid header name ${JSON.stringify(name)}`);
        const lower = name.toLowerCase();
        if (framingHeaders.has(lower)) {
            dropped(lower);
        }
        else if (Array.isArray(value)) {
            out[lower] = value.map((item) => checkHeaderValue(headerText(item, name, fail), name, fail));
        }
        else if (value !== undefined) {
            out[lower] = checkHeaderValue(headerText(value, name, fail), name, fail);
        }
    }
    return out;
}
function headerText(value, name, fail) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return fail(`returned header "${name}" as ${describe(value)}; use a string`);
}
/**
 * CR, LF and NUL in a header value would split the response (header injection). Values a handler
 * echoes from the request are the usual source, so refuse them rather than strip them silently.
 * Other characters outside what HTTP allows (RFC 9110 §5.5) would make node:http throw later.
 */
function checkHeaderValue(value, name, fail) {
    // eslint-disable-next-line no-control-regex
    if (/[\r\n\0]/.test(value))
        fail(`returned ${name} containing a line break or NUL (header injection refused)`);
    // eslint-disable-next-line no-control-regex
    if (/[^\t\x20-\x7e\x80-\xff]/.test(value))
        fail(`returned ${name} containing a character HTTP headers cannot carry; percent-encode it`);
    return value;
}
function readSession(session, fail) {
    if (session === undefined)
        return undefined;
    if (typeof session !== 'object' || session === null || Array.isArray(session)) {
        fail(`returned session ${describe(session)}; use an object (return {} to clear it)`);
    }
    return session;
}
function readBody(result, key, fail) {
    if (key === undefined)
        return undefined;
    const value = result[key];
    if (key === 'json')
        return { kind: 'json', value };
    if (key === 'body') {
        if (typeof value !== 'string' && !(value instanceof Uint8Array))
            fail(`returned body as ${describe(value)}; use a string or Buffer`);
        const headerType = result.headers?.['content-type'];
        const type = result.type ?? headerType ?? 'application/octet-stream';
        if (typeof type !== 'string')
            fail(`returned type ${describe(type)}; use a MIME type string`);
        return { kind: 'raw', type: checkHeaderValue(type, 'type', fail), data: value };
    }
    if (typeof value !== 'string')
        fail(`returned ${key} as ${describe(value)}; use a string`);
    return { kind: 'raw', type: rawBodyTypes[key], data: value };
}
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'string')
        return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`;
    if (typeof value === 'object')
        return 'an object';
    return `${typeof value} ${String(value)}`;
}
//# sourceMappingURL=normalize-result.js.map