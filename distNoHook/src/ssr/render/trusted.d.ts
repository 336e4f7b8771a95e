/**
 * Markup the app vouches for: inserted as written wherever it lands in element content. As a
 * string (`.join('')`, `+`, a plain template literal) it becomes a markup token, so it stays
 * markup when composed.
 */
export declare class TrustedHtml {
    readonly html: string;
    constructor(html: string);
    toString(): string;
}
/**
 * Marks markup as trusted, opting out of escaping for this value (docs/ssr.md, "Escaping").
 *
 * @example
 * html`<article>${trusted(post.renderedHtml)}</article>`
 */
export declare function trusted(markup: string): TrustedHtml;
