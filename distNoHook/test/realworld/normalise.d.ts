/** One normalised answer, as stored in test/realworld/recordings/. */
export interface Recording {
    readonly status: number;
    readonly headers: Readonly<Record<string, string>>;
    /** HTML as DOM lines, JSON as the parsed value with object keys sorted, anything else as text. */
    readonly body: unknown;
}
/** Reads a fetch `Response` into its normalised form; `timing` keeps the Server-Timing metric names. */
export declare function normaliseResponse(response: Response, options?: {
    timing?: boolean;
}): Promise<Recording>;
/**
 * The document as parse5 builds it, serialised: whitespace runs in text collapse to one space,
 * whitespace-only text disappears, and CSS loses the spaces that carry no meaning. It is split into
 * one line per tag so that a failing comparison (and a recording's git diff) shows only the lines
 * that differ; serialised text escapes `<` and `>`, so `><` only occurs between tags.
 */
export declare function normaliseHtml(html: string): string[];
