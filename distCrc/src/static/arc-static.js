import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
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
export async function readArcFingerprint(root) {
    const text = await readFile(join(root, '.arc'), 'utf8').catch(() => null);
    if (text === null)
        return null;
    let inStatic = false;
    for (const raw of text.split('\n')) {
        const line = (raw.includes('#') ? raw.slice(0, raw.indexOf('#')) : raw).trim();
        if (line.startsWith('@'))
            inStatic = line === '@static';
        else if (inStatic) {
            const [name, value] = line.split(/\s+/, 2);
            if (name === 'fingerprint')
                return value === 'true' || value === 'external';
        }
    }
    return null;
}
//# sourceMappingURL=arc-static.js.map