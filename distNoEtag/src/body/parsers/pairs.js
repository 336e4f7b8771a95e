/**
 * The `name=value&name=value` grammar shared by query strings and urlencoded bodies
 * (WHATWG URL §5.1, application/x-www-form-urlencoded parsing).
 */
const ampersand = 0x26;
const equalsSign = 0x3d;
const percent = 0x25;
const plus = 0x2b;
/**
 * Decodes one name or value: `+` is a space, then percent-decoding as UTF-8. Text whose
 * percent-encoding is invalid (a stray `%`, or escapes that are not UTF-8 such as a Latin-1 `%E9`)
 * is kept as sent, `+` still turned into spaces: nothing is lost, so an app can still recover it,
 * and a typo in a URL never turns into an error.
 * `decodeComponent('50%+off')` is `'50% off'`.
 */
function decodeComponent(text) {
    const spaced = text.includes('+') ? text.replaceAll('+', ' ') : text;
    if (!spaced.includes('%'))
        return spaced;
    try {
        return decodeURIComponent(spaced);
    }
    catch {
        return spaced;
    }
}
/**
 * Calls `onPair` with each decoded name and value in `input` from index `start`, in order. Empty
 * pairs (`a=1&&b=2`) are skipped; a pair without `=` has the value `''`. Returns false, having
 * stopped early, when there are more than `maxPairs` pairs.
 *
 * One pass over the characters: it finds the separators and notes whether a name or value holds
 * `%` or `+`, so the common plain `a=1&b=2` is sliced but never decoded. Linear in the input.
 */
export function readPairs(input, start, maxPairs, onPair) {
    let count = 0;
    let pairStart = start;
    let equals = -1;
    let nameEncoded = false;
    let encoded = false;
    for (let i = start; i <= input.length; i++) {
        const code = i === input.length ? ampersand : input.charCodeAt(i);
        if (code === ampersand) {
            if (i > pairStart) {
                if (++count > maxPairs)
                    return false;
                if (equals === -1) {
                    onPair(decodeIf(input.slice(pairStart, i), encoded), '');
                }
                else {
                    const name = decodeIf(input.slice(pairStart, equals), nameEncoded);
                    onPair(name, decodeIf(input.slice(equals + 1, i), encoded));
                }
            }
            pairStart = i + 1;
            equals = -1;
            encoded = false;
        }
        else if (code === equalsSign && equals === -1) {
            equals = i;
            nameEncoded = encoded;
            encoded = false;
        }
        else if (code === percent || code === plus) {
            encoded = true;
        }
    }
    return true;
}
/** Plain text (no `%` or `+` seen while scanning) is returned as is. */
function decodeIf(text, encoded) {
    return encoded ? decodeComponent(text) : text;
}
//# sourceMappingURL=pairs.js.map