import { HttpError, UpliftError } from '../common/errors.js';
import { headerValue } from '../http/exchange.js';
import { isJsonMediaType, parseMediaType } from '../http/media-type.js';
import { parseJsonBody } from './parsers/json.js';
import { parseMultipartBody } from './parsers/multipart.js';
import { decodeTextBody } from './parsers/text.js';
import { parseUrlencodedBody } from './parsers/urlencoded.js';
import { readBody } from './read-body.js';
/** Checked in order: `text/json` is JSON before it is `text/*`. */
const parsers = [
    {
        label: 'application/json, text/json, application/*+json',
        matches: isJsonMediaType,
        textual: true,
        parse: (data) => parseJsonBody(data),
    },
    {
        label: 'application/x-www-form-urlencoded',
        matches: (media) => media.type === 'application' && media.subtype === 'x-www-form-urlencoded',
        textual: true,
        parse: (data, { limits }) => parseUrlencodedBody(data, limits.maxFields),
    },
    {
        label: 'multipart/form-data',
        matches: (media) => media.type === 'multipart' && media.subtype === 'form-data',
        textual: false,
        parse: (data, { contentType, limits }) => parseMultipartBody(data, contentType, limits),
    },
    {
        label: 'text/*, application/xml',
        matches: (media) => media.type === 'text' || (media.type === 'application' && media.subtype === 'xml'),
        textual: true,
        parse: (data, { essence }) => decodeTextBody(data, essence),
    },
];
/**
 * Any other type, `application/octet-stream` included, or none: the bytes as `{ base64 }`, the
 * shape Architect gives binary bodies (`@architect/functions` src/http/helpers/body-parser.js).
 */
const binaryParser = {
    textual: false,
    parse: (data) => ({ base64: data.toString('base64') }),
};
const acceptedTypes = parsers.map((parser) => parser.label).join(', ');
const utf8Charsets = new Set(['utf-8', 'utf8', 'us-ascii']);
/** A request without a body: `{}`, a new one each time, since handlers may add to it. */
function noBody() {
    return { value: {}, raw: undefined };
}
/**
 * Reads and parses a request body. Returns {} when there is no body (body null, or zero bytes).
 * JSON, urlencoded, multipart, `text/*` and XML are parsed; any other type (or none) gives
 * `{ base64 }`. Throws HttpError: 400 malformed (message says what: "Malformed JSON body:
 * Unexpected token … at position 12"), 413 over the limit (message names the limit), 415 for a
 * charset other than UTF-8 or a content-encoding.
 *
 * @example
 * const body = await parseBody(request.headers, request.body, { limit: 100_000 });
 */
export async function parseBody(headers, body, options = {}) {
    return (await receiveBody(headers, body, options)).value;
}
/** `parseBody`, keeping the bytes as received too (for Architect's `rawBody`). */
export async function receiveBody(headers, body, options = {}) {
    if (body === null)
        return noBody();
    const limits = resolveLimits(options);
    const declaredLength = readDeclaredLength(headers);
    const contentType = headerValue(headers, 'content-type');
    const selected = selectParser(contentType, headerValue(headers, 'content-encoding'));
    if (selected instanceof HttpError) {
        // An empty body needs no parser, whatever its headers say (Enhance: body is then {}).
        if (declaredLength === 0)
            return noBody();
        // A stream that fails while peeked still gets the 415/400: the headers were wrong anyway.
        if (declaredLength === undefined && !(await hasBytes(body).catch(() => true)))
            return noBody();
        throw selected;
    }
    const data = await readBody(body, limits.limit, declaredLength);
    if (data.byteLength === 0)
        return noBody();
    const { parser, essence } = selected;
    return { value: await parser.parse(data, { contentType: contentType ?? '', essence, limits }), raw: data };
}
/** The parser for a content type, or the 400/415 to answer a non-empty body with. */
function selectParser(contentType, encoding) {
    const coding = encoding?.trim().toLowerCase();
    if (coding !== undefined && coding !== '' && coding !== 'identity') {
        return new HttpError(415, `Content-Encoding ${quote(coding)} is not supported; send the body uncompressed.`);
    }
    if (contentType === undefined || contentType.trim() === '') {
        return { parser: binaryParser, essence: '' };
    }
    const media = parseMediaType(contentType);
    if (media === null) {
        return new HttpError(400, `Malformed content-type header ${quote(contentType)}: expected type/subtype. ` +
            `Send one of: ${acceptedTypes}, or any other type for the bytes as { base64 }.`);
    }
    const parser = parsers.find((candidate) => candidate.matches(media)) ?? binaryParser;
    const essence = `${media.type}/${media.subtype}`;
    const charset = media.params['charset'];
    if (parser.textual && charset !== undefined && !utf8Charsets.has(charset.toLowerCase())) {
        return new HttpError(415, `Unsupported charset ${quote(charset)} for ${essence}. Encode the body as UTF-8.`);
    }
    return { parser, essence };
}
/** Client text in a message, cut short so a hostile header cannot bloat the error. */
function quote(text) {
    return JSON.stringify(text.length > 100 ? `${text.slice(0, 100)}…` : text);
}
/** The content-length as a number; undefined when absent; 400 when it is not a decimal count. */
function readDeclaredLength(headers) {
    const value = headerValue(headers, 'content-length');
    if (value === undefined)
        return undefined;
    if (!/^\d+$/.test(value)) {
        throw new HttpError(400, `Malformed content-length header ${quote(value)}: expected a byte count.`);
    }
    return Number(value);
}
/** Whether a body of unknown length has any bytes; stops at the first non-empty chunk. */
async function hasBytes(body) {
    for await (const chunk of body) {
        if (chunk.byteLength > 0)
            return true;
    }
    return false;
}
function resolveLimits(options) {
    return {
        limit: checkCount('limit', options.limit, 1_048_576),
        maxFiles: checkCount('maxFiles', options.maxFiles, 10),
        maxFields: checkCount('maxFields', options.maxFields, 1000),
        maxParts: checkCount('maxParts', options.maxParts, 1000),
    };
}
function checkCount(name, value, fallback) {
    if (value === undefined)
        return fallback;
    if (Number.isSafeInteger(value) && value >= 0)
        return value;
    throw new UpliftError('UPLIFT_CONFIG', `Body option \`${name}\` is ${String(value)}; it must be a whole number of 0 or more ` +
        `(default ${fallback}). Fix the body options passed to Uplift.`);
}
//# sourceMappingURL=parse-body.js.map