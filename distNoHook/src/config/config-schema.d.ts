import type { AppOptions } from '../core/app.js';
import type { ListenOptions } from '../server/listen.js';
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
/** Every key `uplift.config.mjs` may hold. */
export declare const configKeys: {
    readonly [K in keyof Required<UpliftConfig>]: KeySpec;
};
