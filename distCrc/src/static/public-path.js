/** Where static files are served from, as Enhance apps link them. */
export const publicPrefix = '/_public/';
/**
 * Turns the still-encoded request path after `/_public/` into a key of the static table
 * (`styles/app.css`). The request target was already checked for malformed or overlong UTF-8,
 * NUL and `.`/`..` segments (request/request-target.ts); this adds what only matters for files:
 *
 * - it decodes exactly once, and refuses anything that still looks encoded afterwards (`%252e`
 *   arrives as `%2e`), so no later layer can decode a second time into a different path;
 * - backslashes, raw or encoded, are refused: Windows and some proxies treat them as separators;
 * - control characters, empty segments (`a//b`) and a trailing `/` on anything but the root
 *   have no file behind them;
 * - names starting with `.` (`.env`, `.git/`) are never served, as a 404.
 *
 * Each check is a single pass over the path, so a megabyte of hostile characters costs linear time.
 */
export function toPublicKey(encodedRest) {
    if (encodedRest.includes('\\'))
        return refuse('the path contains a backslash');
    let key = encodedRest;
    // Most asset paths hold no `%`: they skip decoding and the checks that only decoding needs.
    if (encodedRest.includes('%')) {
        if (/%5c/i.test(encodedRest))
            return refuse('the path contains a backslash');
        try {
            key = decodeURIComponent(encodedRest);
        }
        catch {
            return refuse('the path is not valid percent-encoded UTF-8');
        }
        if (/%[0-9a-f]{2}/i.test(key))
            return refuse('the path is percent-encoded twice');
    }
    // C0 controls, DEL and C1 controls: no file name Uplift serves contains one.
    if (/[\u0000-\u001f\u007f-\u009f]/.test(key))
        return refuse('the path contains a control character');
    if (key === '')
        return { key: 'index.html' };
    const segments = key.split('/');
    const last = segments.length - 1;
    let hidden = false;
    for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === '.' || segment === '..')
            return refuse('the path contains a "." or ".." segment');
        if (segment === '' && i !== last)
            return { status: 404, reason: 'the path has an empty segment' };
        if (segment.charCodeAt(0) === 46 /* . */)
            hidden = true;
    }
    return hidden ? { status: 404, reason: 'files whose names start with "." are not served' } : { key };
}
function refuse(reason) {
    return { status: 400, reason };
}
/**
 * The keys to try for a path, in order, as Enhance does for `/_public/*`: the path itself, then for
 * a directory (a trailing `/`, or a last segment without a dot) its `index.html`.
 */
export function candidateKeys(key) {
    if (key.endsWith('/'))
        return [key + 'index.html'];
    const lastSegment = key.slice(key.lastIndexOf('/') + 1);
    return lastSegment.includes('.') ? [key] : [key, key + '/index.html'];
}
//# sourceMappingURL=public-path.js.map