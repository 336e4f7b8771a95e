import { parseCookie } from 'cookie';
/**
 * Parses a `Cookie` request header into name → value pairs. Never throws: an absent, empty or
 * malformed header gives `{}`, pairs without `=` are skipped, and a value whose percent-encoding
 * is broken is kept as written.
 *
 * When a name repeats, the **last** occurrence wins. Architect does this for the session cookie
 * `_idx` (enhance-compat §7); we apply the same rule to every name so the session and the app's own cookies
 * follow one rule. (The `cookie` package keeps the first, so we feed it the pairs in reverse.)
 *
 * The result does not inherit from Object.prototype, so a cookie named `__proto__` or `constructor` is plain data.
 *
 * @example
 * parseCookies('theme=dark; _idx=a; _idx=b'); // { theme: 'dark', _idx: 'b' }
 */
export function parseCookies(header) {
    if (typeof header !== 'string' || header.length < 2)
        return Object.create(null);
    const lastFirst = header.includes(';') ? header.split(';').reverse().join(';') : header;
    // parseCookie only ever stores strings; its `undefined` in the type is for absent keys.
    return parseCookie(lastFirst);
}
/**
 * The value of the **last** cookie called `name`, decoded as `parseCookies` decodes it, or
 * undefined. One pass that builds nothing for the other cookies: the session cookie is looked up
 * on every request that carries one, and a header of thousands of cookies must not cost
 * thousands of objects.
 *
 * @example
 * readCookie('_idx=a; theme=dark; _idx=b', '_idx'); // 'b'
 */
export function readCookie(header, name) {
    if (typeof header !== 'string')
        return undefined;
    let found;
    // The next `=` at or after the current pair's start, searched again only once passed, so
    // pairs without one cost no rescan of the rest of the header.
    let equals = -1;
    for (let start = 0; start < header.length;) {
        let end = header.indexOf(';', start);
        if (end === -1)
            end = header.length;
        if (equals < start)
            equals = header.indexOf('=', start);
        if (equals === -1)
            break;
        if (equals < end && keyIs(header, start, equals, name))
            found = header.slice(start, end);
        start = end + 1;
    }
    return found === undefined ? undefined : parseCookie(found)[name];
}
/** Whether `header[start, end)`, without surrounding spaces and tabs, is `name`. */
function keyIs(header, start, end, name) {
    let from = start;
    let to = end;
    while (from < to && isBlank(header.charCodeAt(from)))
        from++;
    while (to > from && isBlank(header.charCodeAt(to - 1)))
        to--;
    return to - from === name.length && header.startsWith(name, from);
}
function isBlank(code) {
    return code === 32 || code === 9;
}
//# sourceMappingURL=parse-cookies.js.map