/**
 * Character-reference decoding for attribute values, with htmlparser2's decoder (the HTML rules,
 * including legacy references without `;`).
 */
import { Tokenizer } from 'htmlparser2';
const ignore = () => { };
/** Decodes character references in an attribute value, with the HTML parser's own rules. */
export function decodeAttributeValue(value) {
    if (value.indexOf('&') === -1)
        return value;
    const source = '<a v="' + value.replace(/"/g, '&quot;') + '">';
    let decoded = '';
    const callbacks = {
        onattribdata: (start, end) => {
            decoded += source.slice(start, end);
        },
        onattribentity: (cp) => {
            decoded += String.fromCodePoint(cp);
        },
        onattribend: ignore, onattribname: ignore, oncdata: ignore, onclosetag: ignore, oncomment: ignore,
        ondeclaration: ignore, onend: ignore, onopentagend: ignore, onopentagname: ignore,
        onprocessinginstruction: ignore, onselfclosingtag: ignore, ontext: ignore, ontextentity: ignore,
    };
    const tokenizer = new Tokenizer({ decodeEntities: true }, callbacks);
    tokenizer.write(source);
    tokenizer.end();
    return decoded;
}
//# sourceMappingURL=decode.js.map