import { HttpError } from '../../common/errors.js';
import { appendField } from '../../http/safe-keys.js';
import { readPairs } from './pairs.js';
import { decodeTextBody } from './text.js';
/**
 * Parses an `application/x-www-form-urlencoded` body. Repeated names become arrays
 * (`b=2&b=3` → `{ b: ['2', '3'] }`, enhance-compat §2.2); `+` is a space; invalid percent-encoding is kept
 * as sent. More than `maxFields` fields is a 400.
 *
 * @example
 * parseUrlencodedBody(Buffer.from('a=1&b=x+y'), 1000); // { a: '1', b: 'x y' }
 */
export function parseUrlencodedBody(data, maxFields) {
    const text = decodeTextBody(spacesForPluses(data), 'application/x-www-form-urlencoded');
    const fields = {};
    const complete = readPairs(text, 0, maxFields, (name, value) => appendField(fields, name, value));
    if (!complete) {
        throw new HttpError(400, `Form body has more than ${maxFields} fields. ` +
            'Send fewer fields, or raise the `maxFields` body option.');
    }
    return fields;
}
/**
 * `+` is a space in a form body; an encoded plus is `%2B`, so every raw `+` byte can become a
 * space before decoding. One pass over a copy of the bytes: replacing in the decoded text instead
 * costs a string rebuild per plus, hundreds of milliseconds for a 1 MB textarea full of spaces.
 */
function spacesForPluses(data) {
    const plus = data.indexOf(0x2b);
    if (plus === -1)
        return data;
    const copy = new Uint8Array(data);
    for (let i = plus; i < copy.length; i++)
        if (copy[i] === 0x2b)
            copy[i] = 0x20;
    return copy;
}
//# sourceMappingURL=urlencoded.js.map