/**
 * The soak's one-cookie jar: the `Cookie` header value for `name` after a response's `Set-Cookie`
 * lines. The last line naming the cookie wins: its `name=value`, or undefined when it clears the
 * cookie (an empty value or `Max-Age` of zero or less). Lines for other cookies, or without `=`,
 * leave `current` as it was.
 *
 * @example
 * applySetCookies(undefined, ['_idx=abc; Path=/; HttpOnly'], '_idx'); // '_idx=abc'
 * applySetCookies('_idx=abc', ['_idx=; Max-Age=0; Path=/'], '_idx'); // undefined
 */
export function applySetCookies(current, setCookies, name) {
    let cookie = current;
    for (const line of setCookies ?? []) {
        const [pair = '', ...attributes] = line.split(';');
        const equals = pair.indexOf('=');
        if (equals === -1 || pair.slice(0, equals).trim() !== name)
            continue;
        const value = pair.slice(equals + 1).trim();
        const expired = attributes.some((attribute) => /^\s*max-age\s*=\s*(?:0+|-\d+)\s*$/i.test(attribute));
        cookie = value === '' || expired ? undefined : `${name}=${value}`;
    }
    return cookie;
}
//# sourceMappingURL=apply-set-cookies.js.map