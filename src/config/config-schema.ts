import type { AppOptions } from '../core/app.js';
import type { ListenOptions } from '../server/listen.js';
import type { SessionOptions } from '../session/resolve-session-options.js';
import type { StaticOptions } from '../static/load-static.js';

/**
 * What `uplift.config.mjs` exports as its default: every `createApp` option except `root` (the
 * config file's own folder) and `env` (always the process environment), plus where to listen.
 */
export type UpliftConfig = Omit<AppOptions, 'root' | 'env'> & Pick<ListenOptions, 'port' | 'host' | 'headersTimeout' | 'requestTimeout'>;

/** The JavaScript types a config value may have; range checks are createApp's own. */
export type ValueType = 'boolean' | 'integer' | 'string' | 'array' | 'object' | 'function' | 'false';

/** A key's accepted types, and for object values the keys they may hold. */
export interface KeySpec {
  readonly types: readonly ValueType[];
  readonly keys?: Readonly<Record<string, KeySpec>>;
}

const boolean: KeySpec = { types: ['boolean'] };
const integer: KeySpec = { types: ['integer'] };
const string: KeySpec = { types: ['string'] };
const strings: KeySpec = { types: ['array'] };

// Typed as complete records: an option added to AppOptions (or SessionOptions) fails the build
// until it is listed here, so the config file can never fall behind createApp.
const sessionKeys: { readonly [K in keyof Required<SessionOptions>]: KeySpec } = {
  secrets: strings,
  algorithm: string,
  cookieName: string,
  maxAge: integer,
  sameSite: string,
  domain: string,
  secure: { types: ['boolean', 'string'] },
  tokenMaxAge: integer,
  isRevoked: { types: ['function'] },
};

const staticKeys: { readonly [K in keyof Required<StaticOptions>]: KeySpec } = {
  inMemoryLimit: integer,
  memoryLimit: integer,
  compressMin: integer,
  fingerprint: boolean,
};

/** Every key `uplift.config.mjs` may hold. */
export const configKeys: { readonly [K in keyof Required<UpliftConfig>]: KeySpec } = {
  dev: boolean,
  bodyLimit: integer,
  maxUrlLength: integer,
  trustProxy: boolean,
  csrf: { types: ['false', 'object'], keys: { allowedOrigins: strings } },
  session: { types: ['object'], keys: sessionKeys },
  logger: { types: ['object'] },
  static: { types: ['object'], keys: staticKeys },
  serverTiming: boolean,
  escape: string,
  port: integer,
  host: string,
  headersTimeout: integer,
  requestTimeout: integer,
};
