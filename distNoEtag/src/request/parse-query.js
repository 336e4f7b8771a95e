import { readPairs } from '../body/parsers/pairs.js';
import { isSafeKey } from '../http/safe-keys.js';
import { HttpError } from '../common/errors.js';
/** More parameters than this is a 400; the same cap as Node's `querystring` default. */
const maxParameters = 1000;
/** A longer query string is a 400: big data belongs in a body, which has its own limit. */
const maxQueryLength = 65_536;
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
export function parseQuery(search) {
    const query = {};
    if (search === '')
        return query;
    if (search.length > maxQueryLength) {
        throw new HttpError(400, `Query string is ${search.length} characters, over the ${maxQueryLength}-character limit. ` +
            'Send large data in a request body instead.');
    }
    const start = search.charCodeAt(0) === 63 /* ? */ ? 1 : 0;
    const complete = readPairs(search, start, maxParameters, (name, value) => {
        if (!isSafeKey(name))
            return;
        query[name] = Object.hasOwn(query, name) ? `${query[name]},${value}` : value;
    });
    if (!complete) {
        throw new HttpError(400, `Query string has more than ${maxParameters} parameters. ` +
            'Send large data in a request body instead.');
    }
    return query;
}
//# sourceMappingURL=parse-query.js.map