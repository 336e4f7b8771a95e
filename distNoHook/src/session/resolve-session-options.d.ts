import type { SessionData } from '../types.js';
import { type SessionAlgorithm } from './secrets.js';
/** Session configuration. Every field is optional; see `resolveSessionOptions` for defaults. */
export interface SessionOptions {
    /** Secrets, newest first: encrypt with [0], decrypt with any (rotation). */
    secrets?: readonly string[];
    /** JWE content encryption; default `ARC_APP_SECRET_ALGO` or `A256GCM`. */
    algorithm?: SessionAlgorithm;
    /** Default `_idx`, as Architect. */
    cookieName?: string;
    /** Cookie lifetime in seconds; default as Architect (788400000, about 25 years). */
    maxAge?: number;
    /** Default `Lax`. */
    sameSite?: 'Lax' | 'Strict' | 'None';
    domain?: string;
    /** true, false, or 'auto' (= secure in production or when the request is https). Default 'auto'. */
    secure?: boolean | 'auto';
    /** Accept tokens up to this age in seconds (Architect rejects after 604800). */
    tokenMaxAge?: number;
    /**
     * Called with every session that decrypts (its `iat` included); `true` makes it read as `{}`.
     * A stateless cookie stays valid until it expires, so this is how an app ends sessions early:
     * `isRevoked: (s) => s.iat < passwordChangedAt(s.user)`. May return a promise; a throw is an
     * error (500), never a silent sign-out.
     */
    isRevoked?: (session: SessionData) => boolean | Promise<boolean>;
}
/** Options with every default filled in, as `createSessionStore` takes them. */
export interface ResolvedSessionOptions {
    /** At least one secret; [0] encrypts. */
    readonly secrets: readonly string[];
    readonly algorithm: SessionAlgorithm;
    readonly cookieName: string;
    readonly maxAge: number;
    readonly sameSite: 'Lax' | 'Strict' | 'None';
    readonly domain: string | undefined;
    readonly secure: boolean | 'auto';
    readonly tokenMaxAge: number;
    readonly isRevoked: ((session: SessionData) => boolean | Promise<boolean>) | undefined;
    /** NODE_ENV is 'production': `secure: 'auto'` then always sets `Secure`. */
    readonly production: boolean;
}
/** What `resolveSessionOptions` returns: the options, and a warning for the caller to print once. */
export interface ResolvedSession {
    options: ResolvedSessionOptions;
    warning?: string;
}
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
export declare function resolveSessionOptions(env: NodeJS.ProcessEnv, overrides?: SessionOptions): ResolvedSession;
