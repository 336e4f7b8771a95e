import { HttpError } from '../common/errors.js';
function isHexDigit(code) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}
/**
 * Splits and checks a request target before anything routes on it. Everything refused here is a
 * client mistake or an attack, so it gets a 4xx with a message rather than reaching user code:
 * a target that is not a path, an over-long URL (414), a raw backslash, invalid percent-encoding
 * or UTF-8, a NUL byte, or a `.`/`..` segment (traversal; no legitimate route contains one).
 */
export function parseRequestTarget(url, maxLength) {
    if (url.length > maxLength) {
        throw new HttpError(414, `URL is ${url.length} characters long; the limit is ${maxLength}`);
    }
    let target = url;
    if (target.charCodeAt(0) !== 47 /* / */) {
        // Absolute-form targets are legal from proxies (RFC 9112 §3.2.2); anything else is not a path.
        if (!/^https?:\/\//i.test(target))
            throw new HttpError(400, 'Request target must be a path starting with "/"');
        const pathStart = target.indexOf('/', target.indexOf('//') + 2);
        target = pathStart === -1 ? '/' : target.slice(pathStart);
    }
    const hash = target.indexOf('#');
    if (hash !== -1)
        target = target.slice(0, hash);
    const question = target.indexOf('?');
    const path = question === -1 ? target : target.slice(0, question);
    const search = question === -1 ? '' : target.slice(question + 1);
    return { path, decodedPath: decodePath(path), search };
}
function decodePath(path) {
    // Browsers turn `\` into `/` in http(s) URLs, so a raw one only comes from a crafted request;
    // a handler or file lookup that treats it as a separator would see `..\..` as traversal.
    if (path.includes('\\'))
        throw new HttpError(400, 'The URL path contains a backslash; use "/" or percent-encode it as %5C');
    let decoded = path;
    if (path.includes('%')) {
        for (let i = path.indexOf('%'); i !== -1; i = path.indexOf('%', i + 1)) {
            if (!isHexDigit(path.charCodeAt(i + 1)) || !isHexDigit(path.charCodeAt(i + 2))) {
                throw new HttpError(400, `Invalid percent-encoding in the URL path at character ${i}`);
            }
        }
        try {
            decoded = decodeURIComponent(path);
        }
        catch {
            throw new HttpError(400, 'The URL path is not valid UTF-8 once percent-decoded');
        }
    }
    if (decoded.includes('\0'))
        throw new HttpError(400, 'The URL path contains a NUL byte');
    if (hasDotSegment(decoded) || (decoded !== path && hasDotSegment(decoded.replaceAll('\\', '/')))) {
        throw new HttpError(400, 'The URL path contains a "." or ".." segment');
    }
    return decoded;
}
function hasDotSegment(path) {
    if (!path.includes('.'))
        return false;
    for (const segment of path.split('/')) {
        if (segment === '..' || segment === '.')
            return true;
    }
    return false;
}
//# sourceMappingURL=request-target.js.map