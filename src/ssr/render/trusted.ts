/**
 * The opt-out from escaping (docs/ssr.md, "Escaping"): markup the app stores and trusts.
 */

/**
 * Markup the app vouches for: inserted by `html` as written, with no escaping of untrusted
 * strings inside it. Only works as a direct `html` value (inside a plain template literal it
 * becomes an ordinary string again).
 */
export class TrustedHtml {
  readonly html: string;
  constructor(html: string) {
    this.html = html;
  }
  toString(): string {
    return this.html;
  }
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
