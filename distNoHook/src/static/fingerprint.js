import { rewriteCssUrls } from './rewrite-css-urls.js';
/**
 * Fingerprinted names: `styles/app.css` with content hash `3f9a…` is also served as
 * `styles/app-3f9a0c1b2d.css`, a name whose content never changes and so may be cached for a year.
 * The hash goes before the last extension, as Architect names fingerprinted files.
 */
export function fingerprintKey(key, hash) {
    const slash = key.lastIndexOf('/');
    const dot = key.lastIndexOf('.');
    const short = hash.slice(0, 10);
    // A leading dot is no extension; dotfiles are not served anyway.
    if (dot <= slash + 1)
        return `${key}-${short}`;
    return `${key.slice(0, dot)}-${short}${key.slice(dot)}`;
}
/** The rewriter for a table's fingerprinted names (see createUrlRewriter). */
export function createPublicRewriter(fingerprinted) {
    const url = createUrlRewriter(fingerprinted);
    return {
        url,
        // Candidates are comma-separated; a URL may itself hold commas only when followed by
        // non-space, so split at ", " style boundaries by trimming each piece (HTML §4.8.4.3.1).
        srcset: (srcset) => srcset.split(',').map((candidate) => {
            const lead = candidate.length - candidate.trimStart().length;
            const trimmed = candidate.trimStart();
            const space = trimmed.search(/\s/);
            const link = space === -1 ? trimmed : trimmed.slice(0, space);
            return candidate.slice(0, lead) + url(link) + (space === -1 ? '' : trimmed.slice(space));
        }).join(','),
        css: (css) => rewriteCssUrls(css, url),
    };
}
/**
 * A function from a URL as written in a page to the one to send: `/_public/<key>` becomes
 * `/_public/<fingerprinted key>` when the file exists (query and fragment kept); anything else is
 * returned unchanged. Keys are matched exactly, case included, so `/_public/app.cssx` or
 * `/_public/APP.css` is never rewritten by accident.
 */
export function createUrlRewriter(fingerprinted) {
    return (url) => {
        if (!url.startsWith('/_public/'))
            return url;
        const end = url.search(/[?#]/);
        const path = end === -1 ? url : url.slice(0, end);
        let key;
        try {
            key = decodeURIComponent(path.slice('/_public/'.length));
        }
        catch {
            return url;
        }
        const hashed = fingerprinted.get(key);
        if (hashed === undefined)
            return url;
        return '/_public/' + hashed.split('/').map(encodeURIComponent).join('/') + (end === -1 ? '' : url.slice(end));
    };
}
//# sourceMappingURL=fingerprint.js.map