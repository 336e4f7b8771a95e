/**
 * Parses a query string into decoded parameters. A leading `?` is optional. `+` is a space;
 * a repeated name's values are joined with `,` (Enhance compat, enhance-compat §2.1); text with invalid
 * percent-encoding is kept as sent; `__proto__`, `constructor` and `prototype` are dropped.
 * Throws HttpError 400 over 1000 parameters or 65,536 characters.
 *
 * @example
 * parseQuery('a=1&a=2&b=x%20y'); // { a: '1,2', b: 'x y' }
 * parseQuery(''); // {}
 */
export declare function parseQuery(search: string): Record<string, string>;
