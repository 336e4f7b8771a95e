import type { HostileCase } from './cases.js';
/**
 * Hostile requests against stalls (super-linear work on request text), response framing,
 * session algorithm confusion, and response headers built from request data. Header inputs stay
 * under node's 16 KB header limit, bodies under the 1 MiB body limit, so each one reaches Uplift.
 */
/** The session secret the corpus app runs with. */
export declare const corpusSecret = "hostile-corpus-secret-of-enough-length!!";
export declare const stallFramingSessionCases: readonly HostileCase[];
