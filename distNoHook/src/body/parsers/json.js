import secureJson from 'secure-json-parse';
import { HttpError } from '../../common/errors.js';
import { stripUnsafeKeys } from '../../http/safe-keys.js';
import { decodeTextBody } from './text.js';
/** Only when the text mentions these can the parsed value hold them as keys (escapes included). */
const suspectKeyPattern = /constructor|prototype|\\u/;
/**
 * Deepest nesting accepted. V8 parses far deeper, but handlers and serialisers that recurse
 * (JSON.stringify of an echoed body among them) overflow the stack at a few thousand levels.
 */
export const maxJsonDepth = 256;
/**
 * Parses a JSON body. `__proto__` and `constructor` / `prototype` keys are removed at any depth,
 * not rejected. A falsy top-level value (`null`, `0`, `false`, `""`) gives `{}`, as in Enhance
 * (enhance-compat §2.2). Malformed JSON is a 400 carrying the parser's message.
 *
 * @example
 * parseJsonBody(Buffer.from('{"a":1,"__proto__":{"x":1}}')); // { a: 1 }
 */
export function parseJsonBody(data) {
    const text = decodeTextBody(data, 'application/json');
    if (text.length > maxJsonDepth * 2 && nestingDepth(text) > maxJsonDepth) {
        throw new HttpError(400, `JSON body is nested deeper than ${maxJsonDepth} levels`);
    }
    let value;
    try {
        value = secureJson.parse(text, null, { protoAction: 'remove', constructorAction: 'remove' });
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new HttpError(400, `Malformed JSON body: ${reason}`, { cause: error });
    }
    if (!value)
        return {};
    if (typeof value === 'object' && suspectKeyPattern.test(text))
        stripUnsafeKeys(value);
    return value;
}
/** The deepest `[`/`{` nesting in a JSON text, ignoring brackets inside strings. */
function nestingDepth(text) {
    let depth = 0;
    let deepest = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (inString) {
            if (code === 92 /* \\ */)
                i++;
            else if (code === 34 /* " */)
                inString = false;
        }
        else if (code === 34) {
            inString = true;
        }
        else if (code === 91 /* [ */ || code === 123 /* { */) {
            depth++;
            if (depth > deepest)
                deepest = depth;
        }
        else if (code === 93 /* ] */ || code === 125 /* } */) {
            depth--;
        }
    }
    return deepest;
}
//# sourceMappingURL=json.js.map