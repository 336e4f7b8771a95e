import secureJson from 'secure-json-parse';
import { HttpError } from '../../core/errors.js';
import { stripUnsafeKeys } from '../safe-keys.js';
import { decodeTextBody } from './text.js';

/** Only when the text mentions these can the parsed value hold them as keys (escapes included). */
const suspectKeyPattern = /constructor|prototype|\\u/;

/**
 * Parses a JSON body. `__proto__` and `constructor` / `prototype` keys are removed at any depth,
 * not rejected. A falsy top-level value (`null`, `0`, `false`, `""`) gives `{}`, as in Enhance
 * (spec §2.2). Malformed JSON is a 400 carrying the parser's message.
 *
 * @example
 * parseJsonBody(Buffer.from('{"a":1,"__proto__":{"x":1}}')); // { a: 1 }
 */
export function parseJsonBody(data: Uint8Array): unknown {
  const text = decodeTextBody(data, 'application/json');
  let value: unknown;
  try {
    value = secureJson.parse(text, null, { protoAction: 'remove', constructorAction: 'remove' });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new HttpError(400, `Malformed JSON body: ${reason}`, { cause: error });
  }
  if (!value) return {};
  if (typeof value === 'object' && suspectKeyPattern.test(text)) stripUnsafeKeys(value);
  return value;
}
