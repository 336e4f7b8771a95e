import type { SessionStore } from '../session/create-session-store.js';
import type { PageRenderer } from '../ssr/page/load-renderer.js';
import type { EscapeMode } from '../ssr/render/context.js';
import type { Logger } from '../common/logger.js';
import type { RouteTables } from './match-route.js';
import type { StaticSite } from '../static/load-static.js';

/** The session store, plus its cookie's name so requests without that cookie skip decryption. */
export type SessionCodec = SessionStore & { readonly cookieName: string };

/** Settings the pipeline reads on every request, resolved once at start-up. */
export interface PipelineSettings {
  readonly dev: boolean;
  readonly bodyLimit: number;
  readonly maxUrlLength: number;
  readonly trustProxy: boolean;
  /** Whether rendered pages carry `Server-Timing`. */
  readonly serverTiming: boolean;
  /** false turns the CSRF origin check off. */
  readonly csrf: false | { readonly allowedOrigins: readonly string[] };
  /** How markup values are escaped: in pages, and where they reach a JSON or raw body or a session. */
  readonly escape: EscapeMode;
}

/** Everything built once at start-up that the request pipeline needs. Immutable. */
export interface AppContext {
  readonly tables: RouteTables;
  readonly renderer: PageRenderer;
  readonly sessions: SessionCodec;
  readonly settings: PipelineSettings;
  readonly logger: Logger;
  /** `/_public/*`: null when the project has no `public/` folder. */
  readonly static: StaticSite | null;
}
