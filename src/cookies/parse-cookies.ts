import { parseCookie } from 'cookie';

/**
 * Parses a `Cookie` request header into name → value pairs. Never throws: an absent, empty or
 * malformed header gives `{}`, pairs without `=` are skipped, and a value whose percent-encoding
 * is broken is kept as written.
 *
 * When a name repeats, the **last** occurrence wins. Architect does this for the session cookie
 * `_idx` (spec §7); we apply the same rule to every name so the session and the app's own cookies
 * follow one rule. (The `cookie` package keeps the first, so we feed it the pairs in reverse.)
 *
 * The result does not inherit from Object.prototype, so a cookie named `__proto__` or `constructor` is plain data.
 *
 * @example
 * parseCookies('theme=dark; _idx=a; _idx=b'); // { theme: 'dark', _idx: 'b' }
 */
export function parseCookies(header: string | undefined): Record<string, string> {
  if (typeof header !== 'string' || header.length < 2) return Object.create(null) as Record<string, string>;
  const lastFirst = header.includes(';') ? header.split(';').reverse().join(';') : header;
  // parseCookie only ever stores strings; its `undefined` in the type is for absent keys.
  return parseCookie(lastFirst) as Record<string, string>;
}
