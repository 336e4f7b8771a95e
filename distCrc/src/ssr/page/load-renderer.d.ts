import type { ApiRequest } from '../../types.js';
import type { RouteEntry } from '../../routes/types.js';
import { type ModuleImporter } from '../../loader/import-module.js';
import type { EscapeMode } from '../render/context.js';
import { type PublicUrlRewriter } from '../parse/public-urls.js';
export interface PageRenderer {
    /** Whether the app has app/preflight.mjs. */
    readonly hasPreflight: boolean;
    /** Runs app/preflight.mjs ({ req }) if present; returns {} otherwise. */
    preflight(req: ApiRequest): Promise<Record<string, unknown>>;
    /** Renders a page route (an entry of the pages manifest) to a complete document, UTF-8 encoded. */
    renderPage(input: {
        page: RouteEntry;
        store: Record<string, unknown>;
        status: number;
        req: ApiRequest;
    }): Promise<Buffer>;
    /** The 404 document: app/pages/404.html|mjs (state.attrs.error = '<path> not found'), else as renderClientError. */
    renderNotFound(input: {
        store: Record<string, unknown>;
        req: ApiRequest;
    }): Promise<Buffer>;
    /**
     * A 4xx document: app/pages/<status>.html|mjs, else app/pages/4xx.html|mjs, else a built-in page
     * (`page-404` for 404, `page-4xx` otherwise). Elements get `state.attrs.error` (the message) and
     * `state.attrs.status`; the head gets `status` and `error`.
     */
    renderClientError(input: {
        status: number;
        message: string;
        store: Record<string, unknown>;
        req: ApiRequest;
    }): Promise<Buffer>;
    /** The 500 document: app/pages/500.html|mjs, else built-in. In production `error` is a generic message
     * with the error id, never a stack; in dev it may include the stack (escaped). */
    renderError(input: {
        store: Record<string, unknown>;
        req: ApiRequest;
        errorId: string;
        error: unknown;
        dev: boolean;
    }): Promise<Buffer>;
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
export declare function loadPageRenderer(projectRoot: string, pages: readonly RouteEntry[], options: PageRendererOptions): Promise<PageRenderer>;
