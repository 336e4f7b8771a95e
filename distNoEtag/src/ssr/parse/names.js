/**
 * Tag-name rules. Custom-element detection follows the HTML "valid custom element name"
 * production (enhance-compat §6.1): Enhance only expands names that pass it.
 */
// PCENChar from the HTML standard, written as a Unicode-aware character class.
const pcenChar = '[-.0-9_a-z\\u00B7\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u203F\\u2040\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}]';
// `^[a-z]P*-P*$` would retry the split at every `-`: quadratic in a name of dashes. A name of
// PCENChars that holds a `-` after its first letter is the same set, tested in one pass.
const pcenName = new RegExp(`^[a-z]${pcenChar}*$`, 'u');
const reservedNames = new Set([
    'annotation-xml',
    'color-profile',
    'font-face',
    'font-face-src',
    'font-face-uri',
    'font-face-format',
    'font-face-name',
    'missing-glyph',
]);
// Tag names repeat endlessly; remember the answer for a bounded number of them.
const known = new Map();
/** True for a lower-case name the HTML standard accepts as a custom element name. */
export function isCustomElementName(tag) {
    if (tag.indexOf('-') === -1)
        return false;
    let answer = known.get(tag);
    if (answer === undefined) {
        answer = pcenName.test(tag) && !reservedNames.has(tag);
        if (known.size < 2048)
            known.set(tag, answer);
    }
    return answer;
}
/** The file-derived names Enhance accepts for elements (enhance-compat §5.5). */
const registryName = /^[a-z][a-z0-9-]*$/;
/** True when `tag` may be registered from a file name (lower-case alphanumerics and dashes). */
export function isValidElementName(tag) {
    return registryName.test(tag);
}
//# sourceMappingURL=names.js.map