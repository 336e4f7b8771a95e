/**
 * The opt-out from escaping (docs/ssr.md, "Escaping"): markup the app stores and trusts.
 */
import { MarkupEntry, addEntry } from './tokens.js';
import { currentRegistry } from './current.js';

/**
 * Markup the app vouches for: inserted as written wherever it lands in element content. As a
 * string (`.join('')`, `+`, a plain template literal) it becomes a markup token, so it stays
 * markup when composed.
 */
export class TrustedHtml {
  readonly html: string;
  constructor(html: string) {
    this.html = html;
  }
  toString(): string {
    return trustedToken(this.html);
  }
}

/** Trusted markup as a token of the render in progress (or of the process registry outside one). */
export function trustedToken(html: string): string {
  return addEntry(currentRegistry(), new MarkupEntry(null, [], html));
}

/**
 * Marks markup as trusted, opting out of escaping for this value (docs/ssr.md, "Escaping").
 *
 * @example
 * html`<article>${trusted(post.renderedHtml)}</article>`
 */
export function trusted(markup: string): TrustedHtml {
  return new TrustedHtml(String(markup));
}
