/**
 * The prototype-pollution guard shared by every parser that turns client text into object keys
 * (JSON, urlencoded and multipart bodies, the query string, media-type parameters).
 *
 * Results stay ordinary `{}` objects, so handlers can use them like any object; the three keys
 * that reach or replace a prototype are dropped instead. A dropped key is not an error: a hostile
 * client gets the same answer as if it had not sent the key.
 */
/**
 * True when `key` may be stored on a result object: anything but `__proto__`, `constructor` and
 * `prototype`.
 *
 * @example
 * isSafeKey('name'); // true
 * isSafeKey('__proto__'); // false
 */
export declare function isSafeKey(key: string): boolean;
/**
 * Adds one submitted field to a form result: the first value is stored as is, a repeated name
 * turns the entry into an array in submission order (as Node's `querystring` does, enhance-compat §2.2).
 * Unsafe names are dropped.
 *
 * @example
 * const form = {};
 * appendField(form, 'b', '2');
 * appendField(form, 'b', '3'); // form is { b: ['2', '3'] }
 */
export declare function appendField<V>(target: Record<string, V | V[]>, key: string, value: V): void;
/**
 * Deletes every `__proto__`, `constructor` and `prototype` own key, at any depth, from a parsed
 * JSON value. Iterative, so a deeply nested hostile body cannot overflow the stack.
 */
export declare function stripUnsafeKeys(value: unknown): void;
