/**
 * The page renderer the request pipeline calls. Everything is loaded once at start-up:
 * the element registry, `head.mjs`, `preflight.mjs`, the 404 / 500 pages and every `.html` page,
 * parsed. A render then only runs the app's functions and fills the compiled templates.
 */
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { createModuleImporter } from '../../loader/import-module.js';
import { registerAppLoader } from '../../loader/register.js';
import { findModule, loadElementRegistry, pageElementName } from './element-registry.js';
import { clientErrorPage, notFoundPage, serverErrorPage } from './builtin-pages.js';
import { compileStrings } from '../parse/compile.js';
import { renderPageToBytes } from './render-page.js';
import { UpliftError } from '../../common/errors.js';
import { setPublicUrlRewriter } from '../parse/public-urls.js';
async function loadFunction(projectRoot, name, what, importModule) {
    const file = await findModule(join(projectRoot, 'app'), name);
    if (file === undefined)
        return null;
    const fn = (await importModule(file, `app/${name}`)).default;
    if (typeof fn !== 'function') {
        throw new UpliftError('UPLIFT_MODULE_EXPORT', `${file} must export default a function (${what}).`);
    }
    return fn;
}
/** The body template of a page: the parsed `.html` file, or `<page-name>` for a module page. */
async function pageBody(page) {
    if (page.file.endsWith('.html'))
        return compileStrings([await readFile(page.file, 'utf8')]);
    const tag = pageElementName(page.relPath);
    return compileStrings([`<${tag}></${tag}>`]);
}
/** A page for 404 / 500: the app's `.html` as written, or `<page-404 error="…">`. */
async function errorBody(pages, name) {
    return (await appHtmlErrorPage(pages, name)) ?? elementErrorBody(name);
}
async function appHtmlErrorPage(pages, name) {
    const page = pages.find((p) => p.relPath === `${name}.html`);
    if (page === undefined)
        return undefined;
    const template = compileStrings([await readFile(page.file, 'utf8')]);
    return () => ({ template, values: [] });
}
/** `<page-404 error="…">` as in Enhance; the 4xx pages, Uplift's own, also get the status. */
function elementErrorBody(name) {
    if (name === '404' || name === '500') {
        const template = compileStrings([`<page-${name} error="`, `"></page-${name}>`]);
        return (message) => ({ template, values: [message] });
    }
    const template = compileStrings([`<page-${name} status="`, `" error="`, `"></page-${name}>`]);
    return (message, status = Number(name)) => ({ template, values: [String(status), message] });
}
/**
 * The 4xx bodies, most specific first: `pages/<status>`, then `pages/4xx`, each as an `.html` page
 * or a `page-<name>` element from a `.mjs` page; then the built-in 404 or 4xx element.
 */
async function clientErrorBodies(pages, registry, builtIn) {
    const found = new Map();
    for (const page of pages) {
        const name = /^(4\d\d|4xx)\.(html|mjs|js)$/.exec(page.relPath)?.[1];
        if (name === undefined || found.has(name))
            continue;
        const body = (await appHtmlErrorPage(pages, name)) ?? (registry.has(`page-${name}`) && !builtIn.has(`page-${name}`) ? elementErrorBody(name) : undefined);
        if (body !== undefined)
            found.set(name, body);
    }
    const fallback404 = elementErrorBody('404');
    const fallback4xx = elementErrorBody('4xx');
    return (status) => found.get(String(status)) ?? found.get('4xx') ?? (status === 404 ? fallback404 : fallback4xx);
}
export async function loadPageRenderer(projectRoot, pages, options) {
    // Before anything is parsed: templates compiled from here on get fingerprinted URLs.
    setPublicUrlRewriter(options.publicUrls ?? null);
    // The renderer relies on the markup transform of app modules (src/loader/tag-markup.ts).
    await registerAppLoader({ root: projectRoot });
    const importModule = options.importModule ?? createModuleImporter({ root: projectRoot });
    const registry = await loadElementRegistry(projectRoot, pages, importModule);
    const builtIn = new Set();
    for (const [tag, page] of [['page-404', notFoundPage], ['page-4xx', clientErrorPage], ['page-500', serverErrorPage]]) {
        if (registry.has(tag))
            continue;
        registry.set(tag, page);
        builtIn.add(tag);
    }
    const head = await loadFunction(projectRoot, 'head', 'head({ req, status, error, store }) returning the document head', importModule);
    const preflight = await loadFunction(projectRoot, 'preflight', 'preflight({ req }) returning data for the store', importModule);
    const bodies = new Map();
    for (const page of pages)
        bodies.set(page.file, await pageBody(page));
    const clientError = await clientErrorBodies(pages, registry, builtIn);
    const serverError = await errorBody(pages, '500');
    const { onUnknownElement } = options;
    const escaping = { escape: options.escape ?? 'auto', warn: options.warn ?? null };
    const render = (args) => renderPageToBytes({ registry, ...args, ...escaping, onUnknownElement: onUnknownElement && ((tag) => onUnknownElement(tag, args.page ?? args.req.path)) });
    const renderClientError = (status, message, store, req) => render({ body: clientError(status)(message, status), store, req, status, error: message, headFn: head });
    return {
        hasPreflight: preflight !== null,
        async preflight(req) {
            if (preflight === null)
                return {};
            const data = await preflight({ req });
            return typeof data === 'object' && data !== null ? data : {};
        },
        async renderPage({ page, store, status, req }) {
            const template = bodies.get(page.file) ?? (await pageBody(page));
            return render({ body: { template, values: [] }, store, req, status, error: false, headFn: head, page: relative(projectRoot, page.file) });
        },
        async renderNotFound({ store, req }) {
            return renderClientError(404, `${req.path} not found`, store, req);
        },
        async renderClientError({ status, message, store, req }) {
            return renderClientError(status, message, store, req);
        },
        async renderError({ store, req, errorId, error, dev }) {
            const message = dev && error instanceof Error && error.stack ? error.stack : `Internal Server Error (error id: ${errorId})`;
            try {
                return render({ body: serverError(message), store, req, status: 500, error: message, headFn: head });
            }
            catch {
                // The app's head or 500 page failed too: fall back to the built-in ones.
                const builtIn = compileStrings(['<page-500 error="', '"></page-500>']);
                return renderPageToBytes({ registry: new Map([['page-500', serverErrorPage]]), body: { template: builtIn, values: [message] }, store: {}, req, status: 500, error: message, headFn: null, ...escaping });
            }
        },
    };
}
//# sourceMappingURL=load-renderer.js.map