import type { PublicUrlRewriter } from '../ssr/parse/public-urls.js';
/**
 * Fingerprinted names: `styles/app.css` with content hash `3f9a…` is also served as
 * `styles/app-3f9a0c1b2d.css`, a name whose content never changes and so may be cached for a year.
 * The hash goes before the last extension, as Architect names fingerprinted files.
 */
export declare function fingerprintKey(key: string, hash: string): string;
/** The rewriter for a table's fingerprinted names (see createUrlRewriter). */
export declare function createPublicRewriter(fingerprinted: ReadonlyMap<string, string>): PublicUrlRewriter;
/**
 * A function from a URL as written in a page to the one to send: `/_public/<key>` becomes
 * `/_public/<fingerprinted key>` when the file exists (query and fragment kept); anything else is
 * returned unchanged. Keys are matched exactly, case included, so `/_public/app.cssx` or
 * `/_public/APP.css` is never rewritten by accident.
 */
export declare function createUrlRewriter(fingerprinted: ReadonlyMap<string, string>): (url: string) => string;
