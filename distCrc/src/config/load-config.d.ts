import { type UpliftConfig } from './config-schema.js';
/** A loaded config: its file (undefined when the app has none) and its options. */
export interface LoadedConfig {
    readonly file: string | undefined;
    readonly config: UpliftConfig;
}
/**
 * Reads `uplift.config.mjs` (or `.js`, `.ts`, `.mts`) from `root`, or `explicitFile` when given.
 * The default export must be an object of known options: an unknown key stops start-up with the
 * closest known name, so `bodylimit: 5e6` is not silently ignored.
 */
export declare function loadConfig(root: string, explicitFile?: string): Promise<LoadedConfig>;
