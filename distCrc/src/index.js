/** Uplift's public API. Everything a user imports from 'uplift-html' is listed here. */
export { createApp } from './server/create-app.js';
export { loadConfig } from './config/load-config.js';
export { createLogger } from './logging/create-logger.js';
export { HttpError, UpliftError } from './common/errors.js';
export { createCookieJar } from './cookies/cookie-jar.js';
export { parseCookies } from './cookies/parse-cookies.js';
export { serializeCookie } from './cookies/serialize-cookie.js';
export { publicUrl } from './ssr/parse/public-urls.js';
export { rebuildBrowserBundles } from './static/browser-bundles.js';
//# sourceMappingURL=index.js.map