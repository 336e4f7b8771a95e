import type { SessionData } from '../types.js';
import type { ResolvedSessionOptions } from './resolve-session-options.js';
/** Reads and writes the encrypted session cookie. Stateless: one store serves every request. */
export interface SessionStore {
    /**
     * Decrypts the session from a Cookie header. Tampered, truncated, expired, garbage, of another
     * algorithm, revoked (`isRevoked`) or absent → {} (no log). Throws only what `isRevoked` throws.
     */
    read(cookieHeader: string | undefined): Promise<SessionData>;
    /** Encrypts `session` into a Set-Cookie value. `{}` clears (Enhance semantics: the new value replaces the old whole).
     * Throws UpliftError('UPLIFT_SESSION_TOO_LARGE') naming the byte size when the cookie would exceed 4096 bytes. */
    write(session: SessionData, context: {
        secure: boolean;
    }): Promise<string>;
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
export declare function createSessionStore(options: ResolvedSessionOptions): SessionStore;
