/**
 * Deepest nesting accepted. V8 parses far deeper, but handlers and serialisers that recurse
 * (JSON.stringify of an echoed body among them) overflow the stack at a few thousand levels.
 */
export declare const maxJsonDepth = 256;
/**
 * Parses a JSON body. `__proto__` and `constructor` / `prototype` keys are removed at any depth,
 * not rejected. A falsy top-level value (`null`, `0`, `false`, `""`) gives `{}`, as in Enhance
 * (enhance-compat §2.2). Malformed JSON is a 400 carrying the parser's message.
 *
 * @example
 * parseJsonBody(Buffer.from('{"a":1,"__proto__":{"x":1}}')); // { a: 1 }
 */
export declare function parseJsonBody(data: Uint8Array): unknown;
