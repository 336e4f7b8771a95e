import { EncryptJWT, errors, jwtDecrypt, type CompactJWEHeaderParameters } from 'jose';
import { UpliftError } from '../shared/errors.js';
import type { SessionData } from '../types.js';
import { deriveSessionKey, sessionAlgorithms, type SessionAlgorithm } from './secrets.js';

/** Encrypts and decrypts session payloads as Architect's JWE tokens (spec §7). */
export interface JweCodec {
  /** A compact JWE (`alg: dir`) of `payload` plus a fresh `iat`, encrypted with the first secret. */
  encrypt(payload: SessionData): Promise<string>;
  /** The payload (with its `iat`), or undefined for anything not valid under one of the secrets. */
  decrypt(token: string): Promise<SessionData | undefined>;
}

export interface JweCodecOptions {
  /** Newest first. Validated by `validateSecrets`. */
  secrets: readonly string[];
  /** Used for writing; reading accepts any of the three GCM algorithms. */
  algorithm: SessionAlgorithm;
  /** Seconds after `iat` a token stops being accepted. */
  tokenMaxAge: number;
}

// Instances' clocks drift; a token minted a few seconds "in the future" elsewhere is still good.
const clockToleranceSeconds = 60;

/**
 * Creates the codec. Keys are derived once per secret and algorithm: reading accepts every GCM size
 * so a change of `ARC_APP_SECRET_ALGO` does not log everyone out. All cryptography is jose's.
 *
 * @example
 * const codec = createJweCodec({ secrets: [secret], algorithm: 'A256GCM', tokenMaxAge: 604800 });
 * const token = await codec.encrypt({ user: 'ada' });
 * await codec.decrypt(token); // { user: 'ada', iat: 1767225600 }
 */
export function createJweCodec(options: JweCodecOptions): JweCodec {
  const { algorithm, tokenMaxAge } = options;
  const writeKey = options.secrets[0] === undefined ? undefined : deriveSessionKey(options.secrets[0], algorithm);
  if (writeKey === undefined) {
    throw new UpliftError(
      'UPLIFT_SESSION_SECRET',
      `The first session secret is missing or too short for ${algorithm}. Build session options with ` +
        'resolveSessionOptions, which validates secrets and explains how to set one.',
    );
  }
  const keyrings = options.secrets.map((secret) => {
    const keys = new Map<string, Uint8Array>();
    for (const enc of sessionAlgorithms) {
      const key = deriveSessionKey(secret, enc);
      if (key !== undefined) keys.set(enc, key);
    }
    return keys;
  });
  const decryptOptions = {
    keyManagementAlgorithms: ['dir'],
    contentEncryptionAlgorithms: [...sessionAlgorithms],
    maxTokenAge: tokenMaxAge,
    clockTolerance: clockToleranceSeconds,
  };

  return {
    async encrypt(payload) {
      checkClaims(payload);
      try {
        return await new EncryptJWT(payload).setProtectedHeader({ alg: 'dir', enc: algorithm }).setIssuedAt().encrypt(writeKey);
      } catch (error) {
        throw new UpliftError(
          'UPLIFT_HANDLER_RESULT',
          `The session could not be saved: ${(error as Error).message}. A session must be a plain object ` +
            'that JSON.stringify can encode (no BigInt, no cycles).',
          { cause: error },
        );
      }
    },
    async decrypt(token) {
      for (const keys of keyrings) {
        const keyFor = (header: CompactJWEHeaderParameters): Uint8Array => {
          const key = keys.get(header.enc);
          if (key === undefined) throw new errors.JWEDecryptionFailed();
          return key;
        };
        try {
          const { payload } = await jwtDecrypt(token, keyFor, decryptOptions);
          return payload as SessionData;
        } catch (error) {
          // Only a wrong key is worth trying the next secret for; a malformed or expired token is
          // the same under every key.
          if (!(error instanceof errors.JWEDecryptionFailed)) return undefined;
        }
      }
      return undefined;
    },
  };
}

// jose enforces `exp` and `nbf` as JWT claims on read; a non-number there would make the session
// unreadable, so say so when it is written rather than losing it silently.
function checkClaims(payload: SessionData): void {
  for (const claim of ['exp', 'nbf']) {
    const value = payload[claim];
    if (value !== undefined && typeof value !== 'number') {
      throw new UpliftError(
        'UPLIFT_HANDLER_RESULT',
        `The session key "${claim}" is a JWT claim and must be a number of seconds since 1970, got ` +
          `${typeof value}. Rename the key (e.g. "${claim}At") or store a number.`,
      );
    }
  }
}
