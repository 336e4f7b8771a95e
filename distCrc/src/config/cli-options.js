import { UpliftError } from '../common/errors.js';
/**
 * The options common enough to set without a config file, e.g. `--trust-proxy` behind a TLS proxy.
 * `uplift start --help` and docs/configuration.md list them from this table.
 */
export const commonOptions = [
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
export function commonParseOptions() {
    const options = {};
    for (const option of commonOptions)
        options[option.flag] = option.value === undefined ? { type: 'boolean' } : { type: 'string', ...(option.list ? { multiple: true } : {}) };
    return options;
}
/**
 * The config with environment variables, then flags, applied over it: a flag beats a variable,
 * which beats the config file.
 */
export function applyCommonOptions(config, env, flags) {
    const result = { ...config };
    for (const option of commonOptions) {
        const fromEnv = option.env === undefined ? undefined : env[option.env];
        if (fromEnv !== undefined && fromEnv !== '')
            option.apply(result, option.list ? splitList(fromEnv) : [fromEnv], option.env);
        const fromFlag = flags[option.flag];
        if (fromFlag === undefined)
            continue;
        const raw = Array.isArray(fromFlag) ? fromFlag.map(String) : [String(fromFlag)];
        option.apply(result, raw, `--${option.flag}`);
    }
    return result;
}
/** The options block of `--help`: the common options, then a command's own `[flag, help]` rows. */
export function commonOptionsHelp(extra = []) {
    const rows = [
        ...commonOptions.map((option) => [`--${option.flag}${option.value === undefined ? '' : ` ${option.value}`}`, option.help, option.env ?? '']),
        ...extra.map(([flag, help]) => [flag, help, '']),
    ];
    const width = Math.max(...rows.map(([flag = '']) => flag.length)) + 2;
    return rows.map(([flag = '', help, env]) => `  ${flag.padEnd(width)}${help}${env === '' ? '' : ` [$${env}]`}`).join('\n');
}
function splitList(value) {
    return value.split(',').map((item) => item.trim()).filter((item) => item !== '');
}
function readInteger(raw, source, min, max) {
    const value = /^\d{1,10}$/.test(raw) ? Number(raw) : NaN;
    if (!(value >= min && value <= max))
        throw usage(`${source} must be a whole number from ${min} to ${max}, got "${raw}".`);
    return value;
}
// An empty host would make node listen on every interface: never by accident.
function readHost(raw, source) {
    if (raw.trim() === '' || /\s/.test(raw))
        throw usage(`${source} must be an address or host name such as 127.0.0.1 or 0.0.0.0, got "${raw}".`);
    return raw;
}
function readBoolean(raw, source) {
    const value = raw.toLowerCase();
    if (value === 'true' || value === '1' || value === 'yes')
        return true;
    if (value === 'false' || value === '0' || value === 'no')
        return false;
    throw usage(`${source} must be true or false (or 1 or 0), got "${raw}".`);
}
const byteUnits = { '': 1, b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };
function readBytes(raw, source) {
    const match = /^(\d{1,10})(|b|kb|mb|gb)$/i.exec(raw.trim());
    const value = match ? Number(match[1]) * byteUnits[match[2].toLowerCase()] : NaN;
    if (!(value > 0 && Number.isSafeInteger(value)))
        throw usage(`${source} must be a size in bytes such as 1048576, 500kb or 5mb, got "${raw}".`);
    return value;
}
function usage(message) {
    return new UpliftError('UPLIFT_USAGE', message);
}
//# sourceMappingURL=cli-options.js.map