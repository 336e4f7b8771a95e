/**
 * The page renderer the request pipeline calls (issue 4). Everything is loaded once at start-up:
 * the element registry, `head.mjs`, `preflight.mjs`, the 404 / 500 pages and every `.html` page,
 * parsed. A render then only runs the app's functions and fills the compiled templates.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ApiRequest, HeadFunction, PreflightFunction } from '../../types.js';
import type { RouteEntry } from '../../routes/types.js';
import { loadElementRegistry, exists, importModule, pageElementName } from './element-registry.js';
import { notFoundPage, serverErrorPage } from './builtin-pages.js';
import { compileStrings } from '../parse/compile.js';
import type { Template } from '../parse/compile.js';
import { renderPageToBytes } from './render-page.js';
import type { PageBody } from './render-page.js';
import { UpliftError } from '../../shared/errors.js';

export interface PageRenderer {
  /** Whether the app has app/preflight.mjs. */
  readonly hasPreflight: boolean;
  /** Runs app/preflight.mjs ({ req }) if present; returns {} otherwise. */
  preflight(req: ApiRequest): Promise<Record<string, unknown>>;
  /** Renders a page route (an entry of the pages manifest) to a complete document, UTF-8 encoded. */
  renderPage(input: { page: RouteEntry; store: Record<string, unknown>; status: number; req: ApiRequest }): Promise<Buffer>;
  /**
   * The 404 document: app/pages/404.html|mjs, else a built-in one. `state.attrs.error` and head's
   * `error` are `message`, or `<path> not found` without one.
   */
  renderNotFound(input: { store: Record<string, unknown>; req: ApiRequest; message?: string | undefined }): Promise<Buffer>;
  /** The 500 document: app/pages/500.html|mjs, else built-in. In production `error` is a generic message
   * with the error id, never a stack; in dev it may include the stack (escaped). */
  renderError(input: { store: Record<string, unknown>; req: ApiRequest; errorId: string; error: unknown; dev: boolean }): Promise<Buffer>;
}

async function loadFunction<T>(file: string, what: string): Promise<T | null> {
  if (!(await exists(file))) return null;
  const fn = (await importModule(file)).default;
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

/** A page for 404 / 500: the app's `.html` as written, or `<page-404 error="…">`. */
async function errorBody(pages: readonly RouteEntry[], name: string): Promise<(message: string) => PageBody> {
  const page = pages.find((p) => p.relPath === `${name}.html`);
  if (page !== undefined) {
    const template = compileStrings([await readFile(page.file, 'utf8')]);
    return () => ({ template, values: [] });
  }
  const template = compileStrings([`<page-${name} error="`, `"></page-${name}>`]);
  return (message) => ({ template, values: [message] });
}

/**
 * Builds everything once at start-up: the element registry, head, preflight, 404/500 templates,
 * parsed .html pages. Throws UpliftError naming the file for an invalid tag name, a module without a
 * default export function, an element file that fails to import.
 */
export async function loadPageRenderer(projectRoot: string, pages: readonly RouteEntry[], _options: { dev: boolean }): Promise<PageRenderer> {
  const registry = await loadElementRegistry(projectRoot, pages);
  if (!registry.has('page-404')) registry.set('page-404', notFoundPage);
  if (!registry.has('page-500')) registry.set('page-500', serverErrorPage);
  const head = await loadFunction<HeadFunction>(join(projectRoot, 'app', 'head.mjs'), 'head({ req, status, error, store }) returning the document head');
  const preflight = await loadFunction<PreflightFunction>(join(projectRoot, 'app', 'preflight.mjs'), 'preflight({ req }) returning data for the store');
  const bodies = new Map<string, Template>();
  for (const page of pages) bodies.set(page.file, await pageBody(page));
  const notFound = await errorBody(pages, '404');
  const serverError = await errorBody(pages, '500');
  const render = (args: { body: PageBody; store: Record<string, unknown>; req: ApiRequest; status: number; error: false | string; headFn: HeadFunction | null }): Buffer =>
    renderPageToBytes({ registry, ...args });
  return {
    hasPreflight: preflight !== null,
    async preflight(req) {
      if (preflight === null) return {};
      const data = await preflight({ req });
      return typeof data === 'object' && data !== null ? data : {};
    },
    async renderPage({ page, store, status, req }) {
      const template = bodies.get(page.file) ?? (await pageBody(page));
      return render({ body: { template, values: [] }, store, req, status, error: false, headFn: head });
    },
    async renderNotFound({ store, req, message = `${req.path} not found` }) {
      return render({ body: notFound(message), store, req, status: 404, error: message, headFn: head });
    },
    async renderError({ store, req, errorId, error, dev }) {
      const message = dev && error instanceof Error && error.stack ? error.stack : `Internal Server Error (error id: ${errorId})`;
      try {
        return render({ body: serverError(message), store, req, status: 500, error: message, headFn: head });
      } catch {
        // The app's head or 500 page failed too: fall back to the built-in ones.
        const builtIn = compileStrings(['<page-500 error="', '"></page-500>']);
        return renderPageToBytes({ registry: new Map([['page-500', serverErrorPage]]), body: { template: builtIn, values: [message] }, store: {}, req, status: 500, error: message, headFn: null });
      }
    },
  };
}
