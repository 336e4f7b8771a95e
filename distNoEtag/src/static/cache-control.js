import { noStore } from '../http/response-headers.js';
/**
 * Cache-Control for a public file, as Enhance's `/_public/*` handler sends it
 * (`@enhance/arc-plugin-enhance src/http/get-_public-catchall/index.mjs` through
 * `@architect/asap`): HTML and JSON are never cached, anything else is revalidated on every use.
 * A fingerprinted name never changes content, so it is cached for a year (RFC 8246 `immutable`).
 */
export const immutableCacheControl = 'public, max-age=31536000, immutable';
export function cacheControlFor(type) {
    const base = type.split(';', 1)[0] ?? '';
    if (base === 'text/html' || base === 'application/json')
        return noStore;
    return 'public, max-age=0, must-revalidate';
}
//# sourceMappingURL=cache-control.js.map