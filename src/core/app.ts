import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadApiModule, type ApiRouteModule } from '../api/load-api-module.js';
import { createRouter } from '../router/router.js';
import { scanRoutes } from '../routes/manifest.js';
import type { RouteManifest } from '../routes/types.js';
import { createSessionStore } from '../session/create-session-store.js';
import { resolveSessionOptions, type SessionOptions } from '../session/resolve-session-options.js';
import { validateAllowedOrigins } from '../security/csrf.js';
import { loadPageRenderer } from '../ssr/page/load-renderer.js';
import type { AppContext, PipelineSettings } from './app-context.js';
import { UpliftError } from '../common/errors.js';
import type { CoreRequest, CoreResponse } from '../http/exchange.js';
import { createUnknownElementWarning } from './dev-warnings.js';
import { createRequestHandler } from './handle.js';
import { consoleLogger, type Logger } from '../common/logger.js';
import { createModuleImporter } from '../loader/import-module.js';
import { registerAppLoader } from '../loader/register.js';
import { loadStatic, type StaticOptions } from '../static/load-static.js';

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
  csrf?: false | { allowedOrigins?: readonly string[] };
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
export async function loadApp(options: AppOptions, build: AppBuild = {}): Promise<CoreApp> {
  const root = resolve(options.root);
  const appDir = join(root, 'app');
  await assertDirectory(appDir, root);
  const logger = options.logger ?? consoleLogger;
  const settings = resolveSettings(options);

  const manifest = await scanRoutes(appDir);
  for (const file of manifest.ignored) {
    logger.warn(`${file} is not a route: Uplift routes .mjs, .js, .ts and .mts files (and .html pages). Rename it, or move it out of app/api and app/pages.`);
  }
  // TypeScript modules, and the transform chain over the app's own modules (src/loader/).
  await registerAppLoader({ root });
  const importModule = createModuleImporter({ root, version: build.moduleVersion });
  const apiModules = new Map<string, ApiRouteModule>();
  for (const route of manifest.api) {
    apiModules.set(route.file, await loadApiModule(route, root, (message) => logger.warn(message), importModule));
  }
  const staticSite = await loadStatic(root, options.static ?? {}, settings.dev, (message) => logger.warn(message));
  const sessionSetup = resolveSessionOptions(options.env ?? process.env, options.session);
  if (sessionSetup.warning) logger.warn(sessionSetup.warning);

  const context: AppContext = {
    tables: { apiRouter: createRouter(manifest.api), pageRouter: createRouter(manifest.pages), apiModules },
    renderer: await loadPageRenderer(root, manifest.pages, {
      dev: settings.dev,
      publicUrls: staticSite?.publicUrls ?? null,
      importModule,
      escape: options.escape,
      warn: settings.dev ? (message) => logger.warn(message) : undefined,
      onUnknownElement: settings.dev ? (build.onUnknownElement ?? createUnknownElementWarning(logger)) : undefined,
    }),
    sessions: { ...createSessionStore(sessionSetup.options), cookieName: sessionSetup.options.cookieName },
    settings,
    logger,
    static: staticSite,
  };
  return { handle: createRequestHandler(context), manifest, settings, logger };
}

function resolveSettings(options: AppOptions): PipelineSettings {
  const positive = (value: number | undefined, name: string, fallback: number): number => {
    if (value === undefined) return fallback;
    if (!Number.isInteger(value) || value <= 0) {
      throw new UpliftError('UPLIFT_CONFIG', `createApp: ${name} must be a positive integer, got ${String(value)}`);
    }
    return value;
  };
  return Object.freeze({
    dev: options.dev === true,
    bodyLimit: positive(options.bodyLimit, 'bodyLimit', 1_048_576),
    maxUrlLength: positive(options.maxUrlLength, 'maxUrlLength', 8192),
    trustProxy: options.trustProxy === true,
    serverTiming: options.serverTiming ?? options.dev === true,
    csrf: options.csrf === false ? false : Object.freeze({ allowedOrigins: validateAllowedOrigins(options.csrf?.allowedOrigins ?? []) }),
    escape: options.escape ?? 'auto',
  });
}

async function assertDirectory(appDir: string, root: string): Promise<void> {
  const info = await stat(appDir).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new UpliftError(
      'UPLIFT_APP_NOT_FOUND',
      `No app folder at ${appDir}. Point Uplift at the project folder that contains app/ (got ${root}), or create app/api and app/pages there.`,
    );
  }
}
