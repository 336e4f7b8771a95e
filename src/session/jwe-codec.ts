import type * as Jose from 'jose';
import { UpliftError } from '../common/errors.js';
import type { SessionData } from '../types.js';
import { deriveSessionKey, type SessionAlgorithm } from './secrets.js';

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

// jose is some eighty modules: loaded on the first session cookie read or written, not at start-up,
// so a process that never sees one (a CLI command, a JSON API, most tests) never loads it.
let jose: typeof Jose | undefined;
async function loadJose(): Promise<typeof Jose> {
  return (jose ??= await import('jose'));
}

// Instances' clocks drift; a token minted a few seconds "in the future" elsewhere is still good.
const clockToleranceSeconds = 60;

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
export function createJweCodec(options: JweCodecOptions): JweCodec {
  const { algorithm, tokenMaxAge } = options;
  const keys = options.secrets.map((secret) => deriveSessionKey(secret, algorithm));
  const writeKey = keys[0];
  if (writeKey === undefined || keys.includes(undefined)) {
    throw new UpliftError(
      'UPLIFT_SESSION_SECRET',
      `A session secret is missing or too short for ${algorithm}. Build session options with ` +
        'resolveSessionOptions, which validates secrets and explains how to set one.',
    );
  }
  const decryptOptions = {
    keyManagementAlgorithms: ['dir'],
    contentEncryptionAlgorithms: [algorithm],
    maxTokenAge: tokenMaxAge,
    clockTolerance: clockToleranceSeconds,
  };

  return {
    async encrypt(payload) {
      checkClaims(payload);
      const { EncryptJWT } = jose ?? (await loadJose());
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
      const { errors, jwtDecrypt } = jose ?? (await loadJose());
      // Rotation: each secret in turn, newest first.
      for (const key of keys as Uint8Array[]) {
        try {
          const { payload } = await jwtDecrypt(token, key, decryptOptions);
          return payload as SessionData;
        } catch (error) {
          // Only a wrong key is worth trying the next secret for; a malformed or expired token, or
          // one of another algorithm, is the same under every key.
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
