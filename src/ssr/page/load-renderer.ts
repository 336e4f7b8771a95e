/**
 * The page renderer the request pipeline calls. Everything is loaded once at start-up:
 * the element registry, `head.mjs`, `preflight.mjs`, the 404 / 500 pages and every `.html` page,
 * parsed. A render then only runs the app's functions and fills the compiled templates.
 */
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ApiRequest, HeadFunction, PreflightFunction } from '../../types.js';
import type { RouteEntry } from '../../routes/types.js';
import { createModuleImporter, type ModuleImporter } from '../../loader/import-module.js';
import { registerAppLoader } from '../../loader/register.js';
import { findModule, loadElementRegistry, pageElementName } from './element-registry.js';
import { clientErrorPage, notFoundPage, serverErrorPage } from './builtin-pages.js';
import { compileStrings } from '../parse/compile.js';
import type { Template } from '../parse/compile.js';
import { renderPageToBytes } from './render-page.js';
import type { PageBody } from './render-page.js';
import type { EscapeMode } from '../render/context.js';
import { UpliftError } from '../../common/errors.js';
import { setPublicUrlRewriter, type PublicUrlRewriter } from '../parse/public-urls.js';

export interface PageRenderer {
  /** Whether the app has app/preflight.mjs. */
  readonly hasPreflight: boolean;
  /** Runs app/preflight.mjs ({ req }) if present; returns {} otherwise. */
  preflight(req: ApiRequest): Promise<Record<string, unknown>>;
  /** Renders a page route (an entry of the pages manifest) to a complete document, UTF-8 encoded. */
  renderPage(input: { page: RouteEntry; store: Record<string, unknown>; status: number; req: ApiRequest }): Promise<Buffer>;
  /** The 404 document: app/pages/404.html|mjs (state.attrs.error = '<path> not found'), else as renderClientError. */
  renderNotFound(input: { store: Record<string, unknown>; req: ApiRequest }): Promise<Buffer>;
  /**
   * A 4xx document: app/pages/<status>.html|mjs, else app/pages/4xx.html|mjs, else a built-in page
   * (`page-404` for 404, `page-4xx` otherwise). Elements get `state.attrs.error` (the message) and
   * `state.attrs.status`; the head gets `status` and `error`.
   */
  renderClientError(input: { status: number; message: string; store: Record<string, unknown>; req: ApiRequest }): Promise<Buffer>;
  /** The 500 document: app/pages/500.html|mjs, else built-in. In production `error` is a generic message
   * with the error id, never a stack; in dev it may include the stack (escaped). */
  renderError(input: { store: Record<string, unknown>; req: ApiRequest; errorId: string; error: unknown; dev: boolean }): Promise<Buffer>;
}

async function loadFunction<T>(projectRoot: string, name: string, what: string, importModule: ModuleImporter): Promise<T | null> {
  const file = await findModule(join(projectRoot, 'app'), name);
  if (file === undefined) return null;
  const fn = (await importModule(file, `app/${name}`)).default;
  if (typeof fn !== 'function') {
    throw new UpliftError('UPLIFT_MODULE_EXPORT', `${file} must export default a function (${what}).`);
  }
  return fn as T;
}

/** The body template of a page: the parsed `.html` file, or `<page-name>` for a module page. */
async function pageBody(page: RouteEntry): Promise<Template> {
  if (page.file.endsWith('.html')) return compileStrings([await readFile(page.file, 'utf8')]);
  const tag = pageElementName(page.relPath);
  return compileStrings([`<${tag}></${tag}>`]);
}

/** An error page's body, given the message (and the status, for the 4xx pages). */
type ErrorBody = (message: string, status?: number) => PageBody;

/** A page for 404 / 500: the app's `.html` as written, or `<page-404 error="…">`. */
async function errorBody(pages: readonly RouteEntry[], name: string): Promise<ErrorBody> {
  return (await appHtmlErrorPage(pages, name)) ?? elementErrorBody(name);
}

async function appHtmlErrorPage(pages: readonly RouteEntry[], name: string): Promise<ErrorBody | undefined> {
  const page = pages.find((p) => p.relPath === `${name}.html`);
  if (page === undefined) return undefined;
  const template = compileStrings([await readFile(page.file, 'utf8')]);
  return () => ({ template, values: [] });
}

/** `<page-404 error="…">` as in Enhance; the 4xx pages, Uplift's own, also get the status. */
function elementErrorBody(name: string): ErrorBody {
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
async function clientErrorBodies(pages: readonly RouteEntry[], registry: ReadonlyMap<string, unknown>, builtIn: ReadonlySet<string>): Promise<(status: number) => ErrorBody> {
  const found = new Map<string, ErrorBody>();
  for (const page of pages) {
    const name = /^(4\d\d|4xx)\.(html|mjs|js)$/.exec(page.relPath)?.[1];
    if (name === undefined || found.has(name)) continue;
    const body = (await appHtmlErrorPage(pages, name)) ?? (registry.has(`page-${name}`) && !builtIn.has(`page-${name}`) ? elementErrorBody(name) : undefined);
    if (body !== undefined) found.set(name, body);
  }
  const fallback404 = elementErrorBody('404');
  const fallback4xx = elementErrorBody('4xx');
  return (status) => found.get(String(status)) ?? found.get('4xx') ?? (status === 404 ? fallback404 : fallback4xx);
}

/**
 * Builds everything once at start-up: the element registry, head, preflight, 404/500 templates,
 * parsed .html pages. Throws UpliftError naming the file for an invalid tag name, a module without a
 * default export function, an element file that fails to import.
 */
export interface PageRendererOptions {
  readonly dev: boolean;
  /** Rewrites public file URLs to their fingerprinted names; null when fingerprinting is off. */
  readonly publicUrls?: PublicUrlRewriter | null;
  readonly importModule?: ModuleImporter;
  /** `'enhance'`: insert strings unescaped, as Enhance does; default `'auto'` (docs/ssr.md). */
  readonly escape?: EscapeMode;
  /** Where development warnings go (escaped markup); set in dev only. */
  readonly warn?: (message: string) => void;
  /** Called for a custom element tag with no definition (dev only). */
  readonly onUnknownElement?: (tag: string, page: string) => void;
}

export async function loadPageRenderer(projectRoot: string, pages: readonly RouteEntry[], options: PageRendererOptions): Promise<PageRenderer> {
  // Before anything is parsed: templates compiled from here on get fingerprinted URLs.
  setPublicUrlRewriter(options.publicUrls ?? null);
  // The renderer relies on the markup transform of app modules (src/loader/tag-markup.ts).
  await registerAppLoader({ root: projectRoot });
  const importModule = options.importModule ?? createModuleImporter({ root: projectRoot });
  const registry = await loadElementRegistry(projectRoot, pages, importModule);
  const builtIn = new Set<string>();
  for (const [tag, page] of [['page-404', notFoundPage], ['page-4xx', clientErrorPage], ['page-500', serverErrorPage]] as const) {
    if (registry.has(tag)) continue;
    registry.set(tag, page);
    builtIn.add(tag);
  }
  const head = await loadFunction<HeadFunction>(projectRoot, 'head', 'head({ req, status, error, store }) returning the document head', importModule);
  const preflight = await loadFunction<PreflightFunction>(projectRoot, 'preflight', 'preflight({ req }) returning data for the store', importModule);
  const bodies = new Map<string, Template>();
  for (const page of pages) bodies.set(page.file, await pageBody(page));
  const clientError = await clientErrorBodies(pages, registry, builtIn);
  const serverError = await errorBody(pages, '500');
  const { onUnknownElement } = options;
  const escaping = { escape: options.escape ?? 'auto', warn: options.warn ?? null } as const;
  // The input is written out, not spread: a literal that spreads after its first key takes V8's
  // slow copy on every request (docs/ARCHITECTURE.md, "Copying objects on the request path").
  // `pageFile` becomes a project-relative name only when a dev warning needs it.
  const render = (args: { body: PageBody; store: Record<string, unknown>; req: ApiRequest; status: number; error: false | string; headFn: HeadFunction | null; pageFile?: string }): Buffer =>
    renderPageToBytes({
      registry,
      body: args.body,
      store: args.store,
      req: args.req,
      status: args.status,
      error: args.error,
      headFn: args.headFn,
      escape: escaping.escape,
      warn: escaping.warn,
      onUnknownElement: onUnknownElement && ((tag) => onUnknownElement(tag, args.pageFile === undefined ? args.req.path : relative(projectRoot, args.pageFile))),
    });
  const renderClientError = (status: number, message: string, store: Record<string, unknown>, req: ApiRequest): Buffer =>
    render({ body: clientError(status)(message, status), store, req, status, error: message, headFn: head });
  return {
    hasPreflight: preflight !== null,
    async preflight(req) {
      if (preflight === null) return {};
      const data = await preflight({ req });
      return typeof data === 'object' && data !== null ? data : {};
    },
    async renderPage({ page, store, status, req }) {
      const template = bodies.get(page.file) ?? (await pageBody(page));
      return render({ body: { template, values: [] }, store, req, status, error: false, headFn: head, pageFile: page.file });
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
      } catch {
        // The app's head or 500 page failed too: fall back to the built-in ones.
        const builtIn = compileStrings(['<page-500 error="', '"></page-500>']);
        return renderPageToBytes({ registry: new Map([['page-500', serverErrorPage]]), body: { template: builtIn, values: [message] }, store: {}, req, status: 500, error: message, headFn: null, ...escaping });
      }
    },
  };
}
