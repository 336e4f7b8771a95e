/**
 * Header values every layer that builds a response shares. The Cache-Control value is the one
 * Architect gives dynamic JSON and HTML responses (`@architect/functions` src/http/_res-fmt.js),
 * so a CDN configured for Enhance treats Uplift's responses the same way.
 */
export const noStore = 'no-cache, no-store, must-revalidate, max-age=0, s-maxage=0';
export const jsonType = 'application/json; charset=utf-8';
export const htmlType = 'text/html; charset=utf-8';
//# sourceMappingURL=response-headers.js.map