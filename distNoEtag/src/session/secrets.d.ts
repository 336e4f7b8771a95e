import { UpliftError } from '../common/errors.js';
/** JWE content encryption algorithms Architect can write (enhance-compat §7, `ARC_APP_SECRET_ALGO`). */
export type SessionAlgorithm = 'A256GCM' | 'A192GCM' | 'A128GCM';
/** Key length in bytes for each algorithm. */
export declare const sessionKeyLengths: Readonly<Record<SessionAlgorithm, number>>;
/** The algorithms, strongest first. */
export declare const sessionAlgorithms: readonly SessionAlgorithm[];
/** True when `value` names a supported algorithm. */
export declare function isSessionAlgorithm(value: unknown): value is SessionAlgorithm;
/**
 * The `dir` key Architect derives from a secret: the first 16/24/32 bytes of its UTF-8 encoding.
 * Returns undefined when the secret is too short for the algorithm.
 */
export declare function deriveSessionKey(secret: string, algorithm: SessionAlgorithm): Uint8Array | undefined;
/**
 * Checks each secret is long enough for `algorithm` and is not Architect's public default key.
 * `source` names where the secrets came from, for the error. Returns the secrets without duplicates.
 * Throws `UpliftError('UPLIFT_SESSION_SECRET')`; the message never contains the secret.
 */
export declare function validateSecrets(secrets: readonly string[], algorithm: SessionAlgorithm, source: string): string[];
/** The error thrown in production when no secret is configured. */
export declare function createMissingSecretError(): UpliftError;
/** A random secret for one process, used outside production when none is configured. */
export declare function createProcessSecret(): string;
