/**
 * Character-reference decoding for attribute values, with htmlparser2's decoder (the HTML rules,
 * including legacy references without `;`).
 */
import { Tokenizer } from 'htmlparser2';

const ignore = (): void => {};

/** Decodes character references in an attribute value, with the HTML parser's own rules. */
export function decodeAttributeValue(value: string): string {
  if (value.indexOf('&') === -1) return value;
  const source = '<a v="' + value.replace(/"/g, '&quot;') + '">';
  let decoded = '';
  const callbacks = {
    onattribdata: (start: number, end: number): void => {
      decoded += source.slice(start, end);
    },
    onattribentity: (cp: number): void => {
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
