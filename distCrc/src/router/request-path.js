import { normaliseSegmentText } from '../routes/parse-path.js';
/**
 * Splits a raw (percent-encoded) request path. Segments are split before decoding, so `%2F` stays
 * inside its segment. Returns null for a path that does not start with `/`.
 *
 * @example splitRequestPath('/Notes/4%202/').raw // ['Notes', '4%202', '']
 */
export function splitRequestPath(path) {
    if (!path.startsWith('/'))
        return null;
    const raw = path.slice(1).split('/');
    const depth = raw.at(-1) === '' ? raw.length - 1 : raw.length;
    const texts = [];
    return {
        raw,
        depth,
        text(index) {
            let text = texts[index];
            if (text === undefined) {
                text = foldSegment(raw[index] ?? '');
                texts[index] = text;
            }
            return text;
        },
    };
}
/**
 * The key of a fully static route in the router's `Map`: `/` plus the folded segments.
 * Returns null when a segment cannot equal a file name (empty, undecodable, or holding a decoded
 * `/`, which would otherwise let `/a%2Fb` reach `a/b.mjs`).
 *
 * @example staticKeyOf(splitRequestPath('/About/')!) // '/about'
 */
export function staticKeyOf(request) {
    const texts = [];
    for (let i = 0; i < request.depth; i++) {
        const text = request.text(i);
        if (text === null || text.includes('/'))
            return null;
        texts.push(text);
    }
    return `/${texts.join('/')}`;
}
/**
 * The value a `$param` with this literal suffix takes from a raw segment, still percent-encoded
 * (enhance-compat §1.5), or null. The suffix is compared decoded and case-folded, like static text, so the
 * raw tail it covers may be written with escapes: `$user-id` takes `bob` from `bob%2Did`.
 *
 * @example readParam('bob-ID', '-id') // 'bob'
 */
export function readParam(raw, suffix) {
    if (raw === '')
        return null;
    if (suffix === '')
        return raw;
    // One UTF-16 unit of the suffix takes at most 6 raw characters (`%F0%9F%98%80` is 2 units); the
    // factor 12 leaves room for decomposed (NFD) input. The loop is bounded by the suffix, which
    // comes from a file name, never by the request.
    const first = Math.max(1, raw.length - suffix.length * 12);
    // A cut inside `%XX` leaves a tail that starts with a hex digit, which never equals a suffix: the
    // param name took every word character, so a suffix starts with something else.
    for (let cut = first; cut < raw.length; cut++) {
        if (foldSegment(raw.slice(cut)) === suffix)
            return raw.slice(0, cut);
    }
    return null;
}
function foldSegment(raw) {
    if (raw === '')
        return null;
    if (!raw.includes('%'))
        return normaliseSegmentText(raw);
    try {
        return normaliseSegmentText(decodeURIComponent(raw));
    }
    catch {
        // Valid escapes that are not UTF-8 (`%FF`) can only match params, never a file name.
        return null;
    }
}
//# sourceMappingURL=request-path.js.map