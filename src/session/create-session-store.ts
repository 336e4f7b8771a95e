import { UpliftError } from '../common/errors.js';
import type { SessionData } from '../types.js';
import { createJweCodec } from './jwe-codec.js';
import type { ResolvedSessionOptions } from './resolve-session-options.js';
import {
  readSessionToken,
  serializeClearedSessionCookie,
  serializeSessionCookie,
  type SessionCookieAttributes,
} from './session-cookie.js';

/** Reads and writes the encrypted session cookie. Stateless: one store serves every request. */
export interface SessionStore {
  /**
   * Decrypts the session from a Cookie header. Tampered, truncated, expired, garbage, of another
   * algorithm, revoked (`isRevoked`) or absent → {} (no log). Throws only what `isRevoked` throws.
   */
  read(cookieHeader: string | undefined): Promise<SessionData>;
  /** Encrypts `session` into a Set-Cookie value. `{}` clears (Enhance semantics: the new value replaces the old whole).
   * Throws UpliftError('UPLIFT_SESSION_TOO_LARGE') naming the byte size when the cookie would exceed 4096 bytes. */
  write(session: SessionData, context: { secure: boolean }): Promise<string>;
}

/**
 * Creates the session store from resolved options (see `resolveSessionOptions`). Tokens are
 * Architect-compatible JWEs (enhance-compat §7), so Uplift and Architect apps sharing a secret share sessions.
 *
 * @example
 * const sessions = createSessionStore(resolveSessionOptions(process.env).options);
 * const session = await sessions.read(headerValue(request.headers, 'cookie'));
 * response.headers['set-cookie'] = await sessions.write({ ...session, visits: 1 }, { secure: false });
 */
export function createSessionStore(options: ResolvedSessionOptions): SessionStore {
  const codec = createJweCodec(options);
  const attributesFor = (requestIsSecure: boolean): SessionCookieAttributes => ({
    cookieName: options.cookieName,
    maxAge: options.maxAge,
    sameSite: options.sameSite,
    domain: options.domain,
    secure: isSecureCookie(options, requestIsSecure),
  });

  return {
    async read(cookieHeader) {
      const token = readSessionToken(cookieHeader, options.cookieName);
      const session = token === undefined ? undefined : await codec.decrypt(token);
      if (session === undefined || (options.isRevoked !== undefined && (await options.isRevoked(session)) === true)) return {};
      return session;
    },
    async write(session, context) {
      if (typeof session !== 'object' || session === null || Array.isArray(session)) {
        throw new UpliftError(
          'UPLIFT_HANDLER_RESULT',
          `A handler returned session as ${Array.isArray(session) ? 'an array' : String(session)}; it must be ` +
            'a plain object (return session: {} to clear it).',
        );
      }
      const attributes = attributesFor(context.secure);
      // enhance-compat §7: the returned session replaces the old one whole, and {} clears it. We delete the
      // cookie rather than write a token holding only `iat`, so a cleared session costs no decryption.
      if (Object.keys(session).length === 0) return serializeClearedSessionCookie(attributes);
      return serializeSessionCookie(await codec.encrypt(session), attributes, Date.now());
    },
  };
}

// Browsers reject `SameSite=None` without `Secure`, so None forces it.
function isSecureCookie(options: ResolvedSessionOptions, requestIsSecure: boolean): boolean {
  if (options.sameSite === 'None') return true;
  if (options.secure === 'auto') return options.production || requestIsSecure;
  return options.secure;
}
