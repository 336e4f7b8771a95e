/**
 * Fingerprinted `/_public/` URLs in page markup: the renderer's one hook for static delivery.
 * With fingerprinting on, the tree builder passes each start tag's `src`, `href`, `srcset` and
 * `poster` attributes and each `<style>` text through the app's rewriter as it builds the tree,
 * so the rewrite happens once per parsed template (start-up, or the first render of a template)
 * and never as a search over rendered output.
 *
 * The rewriter is per process: the last app loaded with fingerprinting on sets it (an app renders
 * markup its own element modules made, and an element module is loaded once per process). The
 * same table answers `publicUrl()` for URLs element code builds itself.
 */
import type { AttrNode } from './nodes.js';
/** What the renderer needs from static delivery (static/fingerprint.ts makes one). */
export interface PublicUrlRewriter {
    readonly url: (url: string) => string;
    readonly srcset: (srcset: string) => string;
    readonly css: (css: string) => string;
}
/** Installs (or with null, removes) the rewriter; loadPageRenderer calls it before compiling. */
export declare function setPublicUrlRewriter(rewriter: PublicUrlRewriter | null): void;
/**
 * The URL to use for a file of `public/`: its fingerprinted name when fingerprinting is on
 * (production), else the URL as given.
 *
 * @example
 * import { publicUrl } from 'uplift-html';
 * export default function HeroImage({ html }) {
 *   return html`<img src="${publicUrl('/_public/hero.jpg')}" alt="">`;
 * }
 */
export declare function publicUrl(url: string): string;
/**
 * A start tag with its `/_public/` URLs rewritten, or null when none changed (or fingerprinting is
 * off). The tag is rebuilt from its attributes, values re-escaped; attributes holding template
 * holes are left alone (their value is only known per render: use `publicUrl()` there).
 */
export declare function rewriteStartTag(tag: string, attrs: readonly AttrNode[], open: string): {
    attrs: AttrNode[];
    open: string;
} | null;
/** `<style>` text with its `url(/_public/…)` rewritten (unchanged when fingerprinting is off). */
export declare function rewriteStyleText(css: string): string;
