import { randomBytes } from 'node:crypto';
import { UpliftError } from '../common/errors.js';
/** Key length in bytes for each algorithm. */
export const sessionKeyLengths = {
    A256GCM: 32,
    A192GCM: 24,
    A128GCM: 16,
};
/** The algorithms, strongest first. */
export const sessionAlgorithms = ['A256GCM', 'A192GCM', 'A128GCM'];
/** True when `value` names a supported algorithm. */
export function isSessionAlgorithm(value) {
    return typeof value === 'string' && Object.hasOwn(sessionKeyLengths, value);
}
// Architect's fallback keys are prefixes of this published string (enhance-compat §7). A secret that starts
// with the prefix yields the same key, so anyone could forge sessions: refuse it.
const architectPublicKey = '12345678901234567890123456789012';
const encoder = new TextEncoder();
/**
 * The `dir` key Architect derives from a secret: the first 16/24/32 bytes of its UTF-8 encoding.
 * Returns undefined when the secret is too short for the algorithm.
 */
export function deriveSessionKey(secret, algorithm) {
    const length = sessionKeyLengths[algorithm];
    const bytes = encoder.encode(secret);
    return bytes.length >= length ? bytes.slice(0, length) : undefined;
}
const howToSet = 'Generate one with `node -e "console.log(require(\'node:crypto\').randomBytes(32).toString(\'base64url\'))"` ' +
    'and set it as ARC_APP_SECRET, or list several (newest first, comma-separated) in UPLIFT_SESSION_SECRETS ' +
    'to rotate. See docs/sessions.md.';
/**
 * Checks each secret is long enough for `algorithm` and is not Architect's public default key.
 * `source` names where the secrets came from, for the error. Returns the secrets without duplicates.
 * Throws `UpliftError('UPLIFT_SESSION_SECRET')`; the message never contains the secret.
 */
export function validateSecrets(secrets, algorithm, source) {
    const length = sessionKeyLengths[algorithm];
    secrets.forEach((secret, index) => {
        const which = secrets.length > 1 ? `${source} entry ${index + 1}` : source;
        if (deriveSessionKey(secret, algorithm) === undefined) {
            throw new UpliftError('UPLIFT_SESSION_SECRET', `${which} is ${encoder.encode(secret).length} bytes, but ${algorithm} needs a secret of at least ` +
                `${length} bytes (only the first ${length} are used, as Architect does). ${howToSet}`);
        }
        if (secret.startsWith(architectPublicKey.slice(0, length))) {
            throw new UpliftError('UPLIFT_SESSION_SECRET', `${which} begins with Architect's published default key "${architectPublicKey.slice(0, length)}", ` +
                `so anyone could forge sessions. ${howToSet}`);
        }
    });
    return [...new Set(secrets)];
}
/** The error thrown in production when no secret is configured. */
export function createMissingSecretError() {
    return new UpliftError('UPLIFT_SESSION_SECRET', 'No session secret is set and NODE_ENV is "production". Sessions are encrypted with a secret ' +
        'that must stay the same across restarts and instances. ' +
        howToSet);
}
/** A random secret for one process, used outside production when none is configured. */
export function createProcessSecret() {
    return randomBytes(32).toString('base64url');
}
//# sourceMappingURL=secrets.js.map