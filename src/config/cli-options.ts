import { UpliftError } from '../common/errors.js';
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
export const commonOptions: readonly CommonOption[] = [
  { flag: 'port', value: 'N', env: 'PORT', help: 'Port to listen on (default 3333; 0 picks a free one)', apply: (c, [raw = ''], source) => void (c.port = readInteger(raw, source, 0, 65535)) },
  { flag: 'host', value: 'HOST', env: 'UPLIFT_HOST', help: 'Address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)', apply: (c, [raw = ''], source) => void (c.host = readHost(raw, source)) },
  { flag: 'trust-proxy', env: 'UPLIFT_TRUST_PROXY', help: 'Trust x-forwarded-proto/-host from a proxy in front (TLS ends there)', apply: (c, [raw = ''], source) => void (c.trustProxy = readBoolean(raw, source)) },
  { flag: 'body-limit', value: 'BYTES', env: 'UPLIFT_BODY_LIMIT', help: 'Largest request body (default 1mb; accepts 500kb, 5mb)', apply: (c, [raw = ''], source) => void (c.bodyLimit = readBytes(raw, source)) },
  {
    flag: 'allowed-origin',
    value: 'ORIGIN',
    env: 'UPLIFT_ALLOWED_ORIGINS',
    list: true,
    help: 'An origin allowed to post forms cross-site (repeat the flag; the variable is comma-separated)',
    apply: (c, raw) => void (c.csrf = { ...(c.csrf === false ? {} : c.csrf), allowedOrigins: raw }),
  },
];

/** `parseArgs` option definitions for the common options. */
export function commonParseOptions(): Record<string, { type: 'string' | 'boolean'; multiple?: boolean }> {
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }> = {};
  for (const option of commonOptions) options[option.flag] = option.value === undefined ? { type: 'boolean' } : { type: 'string', ...(option.list ? { multiple: true } : {}) };
  return options;
}

/**
 * The config with environment variables, then flags, applied over it: a flag beats a variable,
 * which beats the config file.
 */
export function applyCommonOptions(config: UpliftConfig, env: NodeJS.ProcessEnv, flags: Readonly<Record<string, unknown>>): UpliftConfig {
  const result: UpliftConfig = { ...config };
  for (const option of commonOptions) {
    const fromEnv = option.env === undefined ? undefined : env[option.env];
    if (fromEnv !== undefined && fromEnv !== '') option.apply(result, option.list ? splitList(fromEnv) : [fromEnv], option.env as string);
    const fromFlag = flags[option.flag];
    if (fromFlag === undefined) continue;
    const raw = Array.isArray(fromFlag) ? fromFlag.map(String) : [String(fromFlag)];
    option.apply(result, raw, `--${option.flag}`);
  }
  return result;
}

/** The options block of `--help`: the common options, then a command's own `[flag, help]` rows. */
export function commonOptionsHelp(extra: ReadonlyArray<readonly [string, string]> = []): string {
  const rows = [
    ...commonOptions.map((option) => [`--${option.flag}${option.value === undefined ? '' : ` ${option.value}`}`, option.help, option.env ?? '']),
    ...extra.map(([flag, help]) => [flag, help, '']),
  ];
  const width = Math.max(...rows.map(([flag = '']) => flag.length)) + 2;
  return rows.map(([flag = '', help, env]) => `  ${flag.padEnd(width)}${help}${env === '' ? '' : ` [$${env}]`}`).join('\n');
}

function splitList(value: string): string[] {
  return value.split(',').map((item) => item.trim()).filter((item) => item !== '');
}

function readInteger(raw: string, source: string, min: number, max: number): number {
  const value = /^\d{1,10}$/.test(raw) ? Number(raw) : NaN;
  if (!(value >= min && value <= max)) throw usage(`${source} must be a whole number from ${min} to ${max}, got "${raw}".`);
  return value;
}

// An empty host would make node listen on every interface: never by accident.
function readHost(raw: string, source: string): string {
  if (raw.trim() === '' || /\s/.test(raw)) throw usage(`${source} must be an address or host name such as 127.0.0.1 or 0.0.0.0, got "${raw}".`);
  return raw;
}

function readBoolean(raw: string, source: string): boolean {
  const value = raw.toLowerCase();
  if (value === 'true' || value === '1' || value === 'yes') return true;
  if (value === 'false' || value === '0' || value === 'no') return false;
  throw usage(`${source} must be true or false (or 1 or 0), got "${raw}".`);
}

const byteUnits: Readonly<Record<string, number>> = { '': 1, b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

function readBytes(raw: string, source: string): number {
  const match = /^(\d{1,10})(|b|kb|mb|gb)$/i.exec(raw.trim());
  const value = match ? Number(match[1]) * (byteUnits[(match[2] as string).toLowerCase()] as number) : NaN;
  if (!(value > 0 && Number.isSafeInteger(value))) throw usage(`${source} must be a size in bytes such as 1048576, 500kb or 5mb, got "${raw}".`);
  return value;
}

function usage(message: string): UpliftError {
  return new UpliftError('UPLIFT_USAGE', message);
}
