import type { SessionData } from '../types.js';
import { type SessionAlgorithm } from './secrets.js';
/** Encrypts and decrypts session payloads as Architect's JWE tokens (enhance-compat §7). */
export interface JweCodec {
    /** A compact JWE (`alg: dir`) of `payload` plus a fresh `iat`, encrypted with the first secret. */
    encrypt(payload: SessionData): Promise<string>;
    /** The payload (with its `iat`), or undefined for anything not valid under one of the secrets. */
    decrypt(token: string): Promise<SessionData | undefined>;
}
export interface JweCodecOptions {
    /** Newest first. Validated by `validateSecrets`. */
    secrets: readonly string[];
    /** Used for writing and the only one accepted for reading. */
    algorithm: SessionAlgorithm;
    /** Seconds after `iat` a token stops being accepted. */
    tokenMaxAge: number;
}
/**
 * Creates the codec. Keys are derived once per secret. A token is read only when its header is
 * `alg: dir` with the configured `enc`: the key of a smaller GCM size is a prefix of the secret,
 * so accepting every size would let anyone who learns the first 16 bytes of a secret forge
 * sessions. All cryptography is jose's.
 *
 * @example
 * const codec = createJweCodec({ secrets: [secret], algorithm: 'A256GCM', tokenMaxAge: 604800 });
 * const token = await codec.encrypt({ user: 'ada' });
 * await codec.decrypt(token); // { user: 'ada', iat: 1767225600 }
 */
export declare function createJweCodec(options: JweCodecOptions): JweCodec;
