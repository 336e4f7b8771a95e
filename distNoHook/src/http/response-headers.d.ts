/**
 * Header values every layer that builds a response shares. The Cache-Control value is the one
 * Architect gives dynamic JSON and HTML responses (`@architect/functions` src/http/_res-fmt.js),
 * so a CDN configured for Enhance treats Uplift's responses the same way.
 */
export declare const noStore = "no-cache, no-store, must-revalidate, max-age=0, s-maxage=0";
export declare const jsonType = "application/json; charset=utf-8";
export declare const htmlType = "text/html; charset=utf-8";
