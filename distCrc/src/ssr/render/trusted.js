/**
 * The opt-out from escaping (docs/ssr.md, "Escaping"): markup the app stores and trusts.
 */
import { MarkupEntry, addEntry } from '../markup/tokens.js';
import { currentRegistry } from '../markup/current.js';
/**
 * Markup the app vouches for: inserted as written wherever it lands in element content. As a
 * string (`.join('')`, `+`, a plain template literal) it becomes a markup token, so it stays
 * markup when composed.
 */
export class TrustedHtml {
    html;
    constructor(html) {
        this.html = html;
    }
    toString() {
        return addEntry(currentRegistry(), new MarkupEntry(null, [], this.html));
    }
}
/**
 * Marks markup as trusted, opting out of escaping for this value (docs/ssr.md, "Escaping").
 *
 * @example
 * html`<article>${trusted(post.renderedHtml)}</article>`
 */
export function trusted(markup) {
    return new TrustedHtml(String(markup));
}
//# sourceMappingURL=trusted.js.map