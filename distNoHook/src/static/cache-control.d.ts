/**
 * Cache-Control for a public file, as Enhance's `/_public/*` handler sends it
 * (`@enhance/arc-plugin-enhance src/http/get-_public-catchall/index.mjs` through
 * `@architect/asap`): HTML and JSON are never cached, anything else is revalidated on every use.
 * A fingerprinted name never changes content, so it is cached for a year (RFC 8246 `immutable`).
 */
export declare const immutableCacheControl = "public, max-age=31536000, immutable";
export declare function cacheControlFor(type: string): string;
