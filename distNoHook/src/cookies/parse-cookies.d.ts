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
export declare function parseCookies(header: string | undefined): Record<string, string>;
/**
 * The value of the **last** cookie called `name`, decoded as `parseCookies` decodes it, or
 * undefined. One pass that builds nothing for the other cookies: the session cookie is looked up
 * on every request that carries one, and a header of thousands of cookies must not cost
 * thousands of objects.
 *
 * @example
 * readCookie('_idx=a; theme=dark; _idx=b', '_idx'); // 'b'
 */
export declare function readCookie(header: string | undefined, name: string): string | undefined;
