import { statusText } from '../../http/status-text.js';
/**
 * The head used when there is no `app/head.mjs` (enhance-compat §5.3), with the line breaks Enhance's
 * rendered document has: the whitespace its parser keeps (inside `<head>` and after it), so a page
 * without a head file comes out as Enhance's does.
 */
export const defaultHead = '<!DOCTYPE html><html lang="en"><head>\n' +
    '  <meta charset="utf-8">\n' +
    '  <meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    '  <title></title>\n' +
    '  <link rel="icon" href="/_public/favicon.svg">\n' +
    '</head>\n';
/*
 * The markup of the two pages is Enhance's own (`@enhance/arc-plugin-enhance`
 * src/http/any-catchall/templates/404.mjs and 500.mjs), whitespace included, so an app moved to
 * Uplift answers a missing page or a failure byte for byte as it did. The classes on the 500 page
 * come from Enhance's utility CSS; its small sheet is scoped to `page-500` like any element's.
 */
/** What each page shows when it is given no message. */
const notFoundFallback = 'page not found';
const serverErrorFallback = 'system failure please try again';
/** The message an error page shows: its `error` attribute, or the page's fallback text. */
function messageOf(state, fallback) {
    const error = state.attrs.error;
    return typeof error === 'string' && error !== '' ? error : fallback;
}
/** The built-in `page-404`. */
export const notFoundPage = ({ html, state }) => html `
<section>
  <h1>Oops, something went wrong</h1>
  <p>${messageOf(state, notFoundFallback)}</p>
</section>
`;
/** The built-in `page-500`; outside dev the message is a generic one with an error id. */
export const serverErrorPage = ({ html, state }) => html `
<style>
  .max-w {
    max-width: 30rem;
  }
  .min-w {
    min-width: 18rem;
  }
</style>
<section class="p0 p2-lg">
  <h1 class="text1 mb2">Oops, something went wrong</h1>
  <div class="overflow-x-auto">
    <pre><code>${messageOf(state, serverErrorFallback)}</code></pre>
  </div>
</section>
`;
/**
 * The built-in `page-4xx`: every client error but 404, with the status and the message, in
 * Uplift's own look (Enhance has no page for other client errors). The sheet is part of the
 * template, so it stays markup.
 */
export const clientErrorPage = ({ html, state }) => html `<style>
  :host { display: block; font-family: system-ui, sans-serif; padding: 2rem; }
  h1 { font-size: 1.5rem; margin: 0 0 1rem; }
  pre { white-space: pre-wrap; }
</style><main><h1>${String(state.attrs.status ?? '')} ${statusText(Number(state.attrs.status))}</h1><p>${String(state.attrs.error ?? '')}</p></main>`;
//# sourceMappingURL=builtin-pages.js.map