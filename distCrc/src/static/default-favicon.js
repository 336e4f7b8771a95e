import { createHash } from 'node:crypto';
/**
 * The icon the built-in head links (`/_public/favicon.svg`) when the app's `public/` has none,
 * so a page view does not cost a 404. An upward arrow on a rounded square.
 */
const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">' +
    '<rect width="32" height="32" rx="7" fill="#1f6feb"/>' +
    '<path d="M16 6 7 17h6v9h6v-9h6z" fill="#fff"/></svg>');
const etag = `"${createHash('sha256').update(svg).digest('base64url').slice(0, 27)}"`;
/** The built-in favicon's response (a fresh headers object each time: adapters may add to it). */
export function defaultFavicon(method, ifNoneMatch) {
    const headers = { 'content-type': 'image/svg+xml', etag, 'cache-control': 'public, max-age=0, must-revalidate' };
    if (ifNoneMatch === etag)
        return { status: 304, headers, body: null };
    headers['content-length'] = String(svg.byteLength);
    return { status: 200, headers, body: method === 'HEAD' ? null : svg };
}
//# sourceMappingURL=default-favicon.js.map