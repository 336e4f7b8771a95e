import type { RouteManifest } from '../routes/types.js';
import { type SessionOptions } from '../session/resolve-session-options.js';
import type { PipelineSettings } from './app-context.js';
import type { CoreRequest, CoreResponse } from '../http/exchange.js';
import { type Logger } from '../common/logger.js';
import { type StaticOptions } from '../static/load-static.js';
/** Options for `createApp`. Only `root` is required. */
export interface AppOptions {
    /** The project folder: the one that holds `app/` (and `public/`). */
    root: string;
    /** Dev mode: error responses include stacks. Default false. */
    dev?: boolean;
    /** Largest accepted request body in bytes (413 above it). Default 1 MiB. */
    bodyLimit?: number;
    /** Longest accepted request target (414 above it). Default 8192. */
    maxUrlLength?: number;
    /** Trust `x-forwarded-proto` / `x-forwarded-host` from a proxy in front. Default false. */
    trustProxy?: boolean;
    /** Cross-site form posts are refused (403) unless their origin is listed here; `false` turns the check off. */
    csrf?: false | {
        allowedOrigins?: readonly string[];
    };
    /** Session cookie settings; secrets come from the environment by default (docs/sessions.md). */
    session?: SessionOptions;
    /**
     * Send `Server-Timing` (preflight, api and html durations) with rendered pages. Default: on in
     * dev, off otherwise, since timings tell a client how long the server's work took.
     */
    serverTiming?: boolean;
    /** Where log lines go. Default: stderr/stdout. */
    logger?: Logger;
    /** The environment to read secrets and settings from. Default `process.env`. */
    env?: NodeJS.ProcessEnv;
    /** `/_public/*` delivery: memory limits and fingerprinting (docs/static.md). */
    static?: StaticOptions;
    /**
     * How pages escape values: `'auto'` (default) escapes every value for the context it lands in;
     * `'enhance'` inserts strings as markup, unescaped, as Enhance does (docs/ssr.md, "Escaping").
     */
    escape?: 'auto' | 'enhance';
}
/** How one build of the app is made; the dev server sets it, `createApp` does not. */
export interface AppBuild {
    /** Import the app's modules afresh under this version (one per dev reload). */
    readonly moduleVersion?: number;
    /** In dev, warns about a custom element with no definition; kept across builds so each tag is named once. */
    readonly onUnknownElement?: (tag: string, page: string) => void;
}
/** An app loaded and ready: the core handler plus what start-up found. */
export interface CoreApp {
    handle(request: CoreRequest): Promise<CoreResponse>;
    readonly manifest: RouteManifest;
    readonly settings: PipelineSettings;
    readonly logger: Logger;
}
/**
 * Builds everything once, so no request pays for it: scans the routes, imports every API module, builds the
 * element registry and the session codec. Any mistake in the app stops here with a message naming
 * the file, never on a later request.
 */
export declare function loadApp(options: AppOptions, build?: AppBuild): Promise<CoreApp>;
