/**
 * What Uplift renders when the app does not provide it: the default head (enhance-compat §5.3) and the
 * 404, 4xx and 500 page elements (enhance-compat §4.5, §5.1; the 4xx page is Uplift's own). They receive
 * the message as `state.attrs.error`, like the app's own `pages/404.mjs` and `pages/500.mjs`.
 */
import type { ElementRender } from '../render/element-api.js';
/**
 * The head used when there is no `app/head.mjs` (enhance-compat §5.3), with the line breaks Enhance's
 * rendered document has: the whitespace its parser keeps (inside `<head>` and after it), so a page
 * without a head file comes out as Enhance's does.
 */
export declare const defaultHead: string;
/** The built-in `page-404`. */
export declare const notFoundPage: ElementRender;
/** The built-in `page-500`; outside dev the message is a generic one with an error id. */
export declare const serverErrorPage: ElementRender;
/**
 * The built-in `page-4xx`: every client error but 404, with the status and the message, in
 * Uplift's own look (Enhance has no page for other client errors). The sheet is part of the
 * template, so it stays markup.
 */
export declare const clientErrorPage: ElementRender;
