import type { ApiRequest } from '../types.js';
import type { RouteEntry } from '../routes/types.js';
import type { Logger } from './logger.js';
import type { RouteTables } from './match-route.js';

/** Renders documents; ssr/load-renderer.ts provides it. */
export interface PageRenderer {
  preflight(req: ApiRequest): Promise<Record<string, unknown>>;
  renderPage(input: { page: RouteEntry; store: Record<string, unknown>; status: number; req: ApiRequest }): Promise<string>;
  renderNotFound(input: { store: Record<string, unknown>; req: ApiRequest }): Promise<string>;
  renderError(input: { store: Record<string, unknown>; req: ApiRequest; errorId: string; error: unknown; dev: boolean }): Promise<string>;
}

/** Reads and writes the session cookie; session/ provides it. */
export interface SessionCodec {
  readonly cookieName: string;
  read(cookieHeader: string | undefined): Promise<Record<string, unknown>>;
  write(session: Record<string, unknown>, context: { secure: boolean }): Promise<string>;
}

/** Settings the pipeline reads on every request, resolved once at start-up. */
export interface PipelineSettings {
  readonly dev: boolean;
  readonly bodyLimit: number;
  readonly maxUrlLength: number;
  readonly trustProxy: boolean;
  /** false turns the CSRF origin check off. */
  readonly csrf: false | { readonly allowedOrigins: readonly string[] };
}

/** Everything built once at start-up that the request pipeline needs. Immutable. */
export interface AppContext {
  readonly tables: RouteTables;
  readonly renderer: PageRenderer;
  readonly sessions: SessionCodec;
  readonly settings: PipelineSettings;
  readonly logger: Logger;
}
