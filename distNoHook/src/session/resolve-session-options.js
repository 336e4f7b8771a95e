import { UpliftError } from '../common/errors.js';
import { serializeCookie } from '../cookies/serialize-cookie.js';
import { createMissingSecretError, createProcessSecret, isSessionAlgorithm, sessionAlgorithms, validateSecrets, } from './secrets.js';
const architectCookieMaxAge = 788400000;
const architectTokenMaxAge = 604800;
// A Max-Age past a century is a typo; Date cannot represent much beyond that from now anyway.
const maxSeconds = 100 * 365 * 24 * 60 * 60;
/**
 * Reads session options from the environment as Architect does (enhance-compat §7, §9.3): `ARC_APP_SECRET`,
 * `ARC_APP_SECRET_ALGO`, `ARC_SESSION_TTL`/`SESSION_TTL`, `ARC_SESSION_SAME_SITE`,
 * `ARC_SESSION_DOMAIN`/`SESSION_DOMAIN`, plus `UPLIFT_SESSION_SECRETS` (comma-separated, newest
 * first; when set it replaces `ARC_APP_SECRET`). `overrides` win over the environment.
 *
 * With no secret: in production (NODE_ENV=production) throws `UpliftError('UPLIFT_SESSION_SECRET')`;
 * otherwise uses a random secret for this process and returns a `warning`. Never falls back to
 * Architect's public default key. Invalid values throw `UPLIFT_SESSION_SECRET` or `UPLIFT_CONFIG`.
 *
 * @example
 * const { options, warning } = resolveSessionOptions(process.env);
 * if (warning) console.warn(warning);
 * const sessions = createSessionStore(options);
 */
export function resolveSessionOptions(env, overrides = {}) {
    const warnings = [];
    const production = env['NODE_ENV'] === 'production';
    const algorithm = readAlgorithm(overrides.algorithm ?? nonEmpty(env['ARC_APP_SECRET_ALGO']));
    let secrets = readSecrets(env, overrides);
    if (secrets.list.length === 0) {
        if (production)
            throw createMissingSecretError();
        secrets = { list: [createProcessSecret()], source: 'generated' };
        warnings.push('no session secret is set (ARC_APP_SECRET or UPLIFT_SESSION_SECRETS), so sessions use a ' +
            'random secret that changes on every restart. Set ARC_APP_SECRET to 32+ random characters to keep ' +
            'sessions across restarts; production refuses to start without one. See docs/sessions.md.');
    }
    if (nonEmpty(env['ARC_FORCE_LEGACY_JWE_SECRET'])) {
        warnings.push('ARC_FORCE_LEGACY_JWE_SECRET is not supported; sessions written by Architect before v7 read ' +
            'as empty. Remove the variable once users have signed in again.');
    }
    const table = nonEmpty(env['ARC_SESSION_TABLE_NAME']) ?? nonEmpty(env['SESSION_TABLE_NAME']);
    if (table !== undefined && table !== 'jwe') {
        warnings.push(`session table "${table}" is ignored; Uplift keeps sessions in encrypted cookies (as ` +
            'ARC_SESSION_TABLE_NAME=jwe). Data in the DynamoDB session table is not read.');
    }
    const options = {
        secrets: validateSecrets(secrets.list, algorithm, secrets.source),
        algorithm,
        cookieName: overrides.cookieName ?? '_idx',
        maxAge: readSeconds(overrides.maxAge ?? nonEmpty(env['ARC_SESSION_TTL']) ?? nonEmpty(env['SESSION_TTL']), architectCookieMaxAge, 'session maxAge (ARC_SESSION_TTL)'),
        sameSite: readSameSite(overrides.sameSite ?? nonEmpty(env['ARC_SESSION_SAME_SITE'])),
        domain: overrides.domain ?? nonEmpty(env['ARC_SESSION_DOMAIN']) ?? nonEmpty(env['SESSION_DOMAIN']),
        secure: readSecure(overrides.secure),
        tokenMaxAge: readSeconds(overrides.tokenMaxAge, architectTokenMaxAge, 'session tokenMaxAge'),
        isRevoked: readHook(overrides.isRevoked),
        production,
    };
    checkCookieAttributes(options);
    return warnings.length > 0 ? { options, warning: warnings.join('\n') } : { options };
}
function readSecrets(env, overrides) {
    if (overrides.secrets !== undefined) {
        return { list: overrides.secrets.filter((secret) => secret !== ''), source: 'the session secrets option' };
    }
    const list = nonEmpty(env['UPLIFT_SESSION_SECRETS']);
    if (list !== undefined) {
        const secrets = list.split(',').map((secret) => secret.trim()).filter((secret) => secret !== '');
        return { list: secrets, source: 'UPLIFT_SESSION_SECRETS' };
    }
    const single = nonEmpty(env['ARC_APP_SECRET']);
    return { list: single === undefined ? [] : [single], source: 'ARC_APP_SECRET' };
}
function readAlgorithm(value) {
    if (value === undefined)
        return 'A256GCM';
    if (isSessionAlgorithm(value))
        return value;
    throw configError(`session algorithm (ARC_APP_SECRET_ALGO) is "${value}"`, `one of ${sessionAlgorithms.join(', ')}`);
}
function readSeconds(value, fallback, name) {
    if (value === undefined)
        return fallback;
    const seconds = typeof value === 'number' ? value : Number(value);
    if (Number.isInteger(seconds) && seconds > 0 && seconds <= maxSeconds)
        return seconds;
    throw configError(`${name} is ${JSON.stringify(value)}`, `a whole number of seconds from 1 to ${maxSeconds}`);
}
function readSameSite(value) {
    switch (value?.toLowerCase()) {
        case undefined:
        case 'lax':
            return 'Lax';
        case 'strict':
            return 'Strict';
        case 'none':
            return 'None';
        default:
            throw configError(`session sameSite (ARC_SESSION_SAME_SITE) is "${value}"`, 'Lax, Strict or None');
    }
}
function readSecure(value) {
    if (value === undefined)
        return 'auto';
    if (value === true || value === false || value === 'auto')
        return value;
    throw configError(`session secure is ${JSON.stringify(value)}`, "true, false or 'auto'");
}
function readHook(value) {
    if (value === undefined || typeof value === 'function')
        return value;
    throw configError(`session isRevoked is ${typeof value}`, 'a function (session) => boolean');
}
function checkCookieAttributes(options) {
    try {
        serializeCookie(options.cookieName, 'x', { domain: options.domain });
    }
    catch (error) {
        throw configError(`session cookieName ${JSON.stringify(options.cookieName)} or domain (ARC_SESSION_DOMAIN) ` +
            `${JSON.stringify(options.domain)} cannot be written`, 'a cookie token name and a plain host name', error);
    }
}
function configError(what, expected, cause) {
    return new UpliftError('UPLIFT_CONFIG', `Invalid session configuration: ${what}; expected ${expected}.`, { cause });
}
function nonEmpty(value) {
    return value === undefined || value === '' ? undefined : value;
}
//# sourceMappingURL=resolve-session-options.js.map