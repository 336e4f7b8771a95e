import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadApiModule } from '../api/load-api-module.js';
import { createRouter } from '../router/router.js';
import { scanRoutes } from '../routes/manifest.js';
import { createSessionStore } from '../session/create-session-store.js';
import { resolveSessionOptions } from '../session/resolve-session-options.js';
import { validateAllowedOrigins } from '../security/csrf.js';
import { loadPageRenderer } from '../ssr/page/load-renderer.js';
import { UpliftError } from '../common/errors.js';
import { createUnknownElementWarning } from './dev-warnings.js';
import { createRequestHandler } from './handle.js';
import { consoleLogger } from '../common/logger.js';
import { createModuleImporter } from '../loader/import-module.js';
import { registerAppLoader } from '../loader/register.js';
import { loadStatic } from '../static/load-static.js';
/**
 * Builds everything once, so no request pays for it: scans the routes, imports every API module, builds the
 * element registry and the session codec. Any mistake in the app stops here with a message naming
 * the file, never on a later request.
 */
export async function loadApp(options, build = {}) {
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
    const apiModules = new Map();
    for (const route of manifest.api) {
        apiModules.set(route.file, await loadApiModule(route, root, (message) => logger.warn(message), importModule));
    }
    const staticSite = await loadStatic(root, options.static ?? {}, settings.dev, (message) => logger.warn(message));
    const sessionSetup = resolveSessionOptions(options.env ?? process.env, options.session);
    if (sessionSetup.warning)
        logger.warn(sessionSetup.warning);
    const context = {
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
function resolveSettings(options) {
    const positive = (value, name, fallback) => {
        if (value === undefined)
            return fallback;
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
    });
}
async function assertDirectory(appDir, root) {
    const info = await stat(appDir).catch(() => undefined);
    if (!info?.isDirectory()) {
        throw new UpliftError('UPLIFT_APP_NOT_FOUND', `No app folder at ${appDir}. Point Uplift at the project folder that contains app/ (got ${root}), or create app/api and app/pages there.`);
    }
}
//# sourceMappingURL=app.js.map