/** A parsed media type. `type`, `subtype` and parameter names are lower-case. */
export interface MediaType {
    type: string;
    subtype: string;
    params: Record<string, string>;
}
/**
 * Splits `text` at `delimiter` outside double-quoted strings, trimming items and skipping empty
 * ones. Stops after `maxItems` items (or 8 × `maxItems` delimiters) so a hostile header costs
 * bounded work; an unterminated quote swallows the rest of the text into one (malformed) item.
 */
export declare function splitList(text: string, delimiter: string, maxItems: number): string[];
/**
 * Parses one media type such as `application/json; charset=utf-8`. Returns null when the
 * `type/subtype` part is not two tokens. Malformed parameters are skipped rather than failing the
 * whole type (Enhance only looks at a substring, enhance-compat §2.2, so clients get away with sloppy
 * parameters); the first of a repeated parameter wins.
 *
 * @example
 * parseMediaType('Text/HTML; Charset="UTF-8"');
 * // { type: 'text', subtype: 'html', params: { charset: 'UTF-8' } }
 */
export declare function parseMediaType(text: string): MediaType | null;
/**
 * True for the JSON media types: `application/json`, `text/json` and any `application/*+json`
 * (such as `application/vnd.api+json`).
 */
export declare function isJsonMediaType(media: MediaType): boolean;
