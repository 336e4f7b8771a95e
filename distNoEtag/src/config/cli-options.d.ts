import type { UpliftConfig } from './config-schema.js';
/** One option that can come from a flag, an environment variable, or both. */
interface CommonOption {
    readonly flag: string;
    /** The value's placeholder in `--help`; undefined for a switch. */
    readonly value?: string;
    readonly env?: string;
    readonly help: string;
    /** Repeatable flag; its environment variable holds a comma-separated list. */
    readonly list?: true;
    /** The config keys the raw strings set. */
    apply(config: UpliftConfig, raw: readonly string[], source: string): void;
}
/**
 * The options common enough to set without a config file, e.g. `--trust-proxy` behind a TLS proxy.
 * `uplift start --help` and docs/configuration.md list them from this table.
 */
export declare const commonOptions: readonly CommonOption[];
/** `parseArgs` option definitions for the common options. */
export declare function commonParseOptions(): Record<string, {
    type: 'string' | 'boolean';
    multiple?: boolean;
}>;
/**
 * The config with environment variables, then flags, applied over it: a flag beats a variable,
 * which beats the config file.
 */
export declare function applyCommonOptions(config: UpliftConfig, env: NodeJS.ProcessEnv, flags: Readonly<Record<string, unknown>>): UpliftConfig;
/** The options block of `--help`: the common options, then a command's own `[flag, help]` rows. */
export declare function commonOptionsHelp(extra?: ReadonlyArray<readonly [string, string]>): string;
export {};
