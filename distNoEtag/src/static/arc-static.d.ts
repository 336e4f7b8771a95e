/**
 * The `fingerprint` setting of an Architect `.arc` file's `@static` pragma, as Enhance apps set it:
 *
 *     @static
 *     fingerprint true
 *
 * true for `true` or `external` (Architect's "the names are fingerprinted elsewhere" still means
 * hashed names), false for `false`, null when the file, the pragma or the line is missing. `#`
 * starts a comment, as in Architect's parser.
 */
export declare function readArcFingerprint(root: string): Promise<boolean | null>;
