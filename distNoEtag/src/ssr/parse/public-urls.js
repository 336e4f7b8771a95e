import { attrNode } from './nodes.js';
import { escapeAttribute } from '../strings/escape.js';
let active = null;
/** Installs (or with null, removes) the rewriter; loadPageRenderer calls it before compiling. */
export function setPublicUrlRewriter(rewriter) {
    active = rewriter;
}
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
export function publicUrl(url) {
    return active === null ? url : active.url(url);
}
const urlAttributes = new Set(['src', 'href', 'srcset', 'poster']);
/**
 * A start tag with its `/_public/` URLs rewritten, or null when none changed (or fingerprinting is
 * off). The tag is rebuilt from its attributes, values re-escaped; attributes holding template
 * holes are left alone (their value is only known per render: use `publicUrl()` there).
 */
export function rewriteStartTag(tag, attrs, open) {
    const rewriter = active;
    if (rewriter === null || open.indexOf('/_public/') === -1)
        return null;
    let changed = false;
    const next = attrs.map((attr) => {
        if (attr.parts !== null || attr.spread >= 0 || !urlAttributes.has(attr.name) || !attr.value.includes('/_public/'))
            return attr;
        const value = attr.name === 'srcset' ? rewriter.srcset(attr.value) : rewriter.url(attr.value);
        if (value === attr.value)
            return attr;
        changed = true;
        return attrNode(attr.name, value, null, -1);
    });
    if (!changed)
        return null;
    let text = '<' + tag;
    for (const attr of next)
        text += attr.value === '' && !urlAttributes.has(attr.name) ? ` ${attr.name}` : ` ${attr.name}="${escapeAttribute(attr.value)}"`;
    return { attrs: next, open: text + (open.endsWith('/>') ? '/>' : '>') };
}
/** `<style>` text with its `url(/_public/…)` rewritten (unchanged when fingerprinting is off). */
export function rewriteStyleText(css) {
    return active === null || css.indexOf('/_public/') === -1 ? css : active.css(css);
}
//# sourceMappingURL=public-urls.js.map