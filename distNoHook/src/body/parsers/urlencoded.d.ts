/** A form's fields: one string per name, or an array when the name was repeated. */
export type FormFields = Record<string, string | string[]>;
/**
 * Parses an `application/x-www-form-urlencoded` body. Repeated names become arrays
 * (`b=2&b=3` → `{ b: ['2', '3'] }`, enhance-compat §2.2); `+` is a space; invalid percent-encoding is kept
 * as sent. More than `maxFields` fields is a 400.
 *
 * @example
 * parseUrlencodedBody(Buffer.from('a=1&b=x+y'), 1000); // { a: '1', b: 'x y' }
 */
export declare function parseUrlencodedBody(data: Uint8Array, maxFields: number): FormFields;
