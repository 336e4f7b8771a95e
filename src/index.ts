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

export type { UpliftApp } from './server/create-app.js';
export type { AppOptions } from './core/app.js';
export type { StaticOptions } from './static/load-static.js';
export type { ListenOptions, RunningServer } from './server/listen.js';
export type { Logger, RequestLogLine } from './common/logger.js';
export type { UpliftConfig } from './config/config-schema.js';
export type { LoadedConfig } from './config/load-config.js';
export type { CreateLoggerOptions, LogFormat, RequestLogger } from './logging/create-logger.js';
export type { HttpErrorOptions, UpliftErrorCode } from './common/errors.js';
export type { CoreRequest, CoreResponse } from './http/exchange.js';
export type { CookieJar } from './cookies/cookie-jar.js';
export type { CookieOptions } from './cookies/serialize-cookie.js';
export type {
  ApiHandler,
  ApiMiddleware,
  ApiModule,
  ApiRequest,
  ApiResponse,
  ElementFunction,
  ElementState,
  EnhanceApiFn,
  EnhanceApiReq,
  EnhanceApiRes,
  EnhanceElemFn,
  EnhanceHeadFn,
  EnhanceHtmlFn,
  EnhancePreflightFn,
  HeadFunction,
  HtmlTag,
  JsonValue,
  PreflightFunction,
  RequestContext,
  SessionData,
  UploadedFile,
} from './types.js';
