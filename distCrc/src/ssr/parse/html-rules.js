/**
 * The few HTML tree-construction facts the renderer needs (WHATWG HTML §13.2.6), so that it
 * finds element boundaries where parse5 (and so Enhance and the browser) would.
 */
const setOf = (names) => new Set(names.split(' '));
/** Elements with no end tag and no children. */
export const voidElements = setOf('area base basefont bgsound br col embed frame hr img input keygen link meta param source track wbr');
/** Start tags that close an open `<p>` ("close a p element" in the in-body insertion mode). */
export const closesParagraph = setOf('address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer header hgroup main menu nav ol p search section summary ul h1 h2 h3 h4 h5 h6 pre listing form plaintext hr xmp');
/** Elements that bound "button scope" when looking for an open `<p>`. */
export const buttonScope = setOf('applet caption html table td th marquee object template button mi mo mn ms mtext annotation-xml foreignobject desc title');
/** The "special" category: an unmatched end tag stops at these instead of closing them. */
export const specialElements = setOf('address applet area article aside base basefont bgsound blockquote body br button caption center col colgroup dd details dir div dl dt embed fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html iframe img input keygen li link listing main marquee menu meta nav noembed noframes noscript object ol p param plaintext pre script search section select source style summary table tbody td template textarea tfoot th thead title tr track ul wbr xmp');
/** Start tag → the open elements it implicitly closes when one of them is the current node. */
export const impliedClose = new Map([
    ['li', setOf('li')],
    ['dt', setOf('dt dd')],
    ['dd', setOf('dt dd')],
    ['option', setOf('option')],
    ['optgroup', setOf('option optgroup')],
    ['tr', setOf('tr td th')],
    ['td', setOf('td th')],
    ['th', setOf('td th')],
    ['tbody', setOf('tbody thead tfoot tr td th')],
    ['thead', setOf('tbody thead tfoot tr td th')],
    ['tfoot', setOf('tbody thead tfoot tr td th')],
    ['rb', setOf('rb rt rtc rp')],
    ['rt', setOf('rb rt rp')],
    ['rp', setOf('rb rt rp')],
    ['h1', setOf('h1 h2 h3 h4 h5 h6')],
    ['h2', setOf('h1 h2 h3 h4 h5 h6')],
    ['h3', setOf('h1 h2 h3 h4 h5 h6')],
    ['h4', setOf('h1 h2 h3 h4 h5 h6')],
    ['h5', setOf('h1 h2 h3 h4 h5 h6')],
    ['h6', setOf('h1 h2 h3 h4 h5 h6')],
]);
/** Elements whose content parse5 keeps out of the tree walk (template content, noscript text). */
export const inertElements = setOf('template noscript');
/** Elements that may sit in `<head>`; the hoisted style goes after any of these (enhance-compat §6.2). */
export const headElements = setOf('base basefont bgsound link meta noframes script style template title');
/** Elements whose content is text up to their end tag (raw text, RCDATA, script data). */
export const textOnlyElements = setOf('style script xmp iframe noembed noframes plaintext title textarea');
/** Bits of `tagRules`: which of the sets above a tag name belongs to. */
export const VOID = 1;
export const CLOSES_P = 2;
export const LIST_ITEM = 4;
export const BUTTON_SCOPE = 8;
export const SPECIAL = 16;
export const SCOPE_BOUNDARY = 32;
export const IMPLIES_CLOSE = 64;
export const TEXT_ONLY = 128;
/** Raw text or RCDATA other than style/script: holes in it are `rcdata`. */
export const RCDATA = 256;
export const INERT_CONTENT = 512;
const scopeBoundary = setOf('applet caption html table td th marquee object template');
const listItems = setOf('li dt dd');
const rcdataTags = setOf('xmp iframe noembed noframes plaintext title textarea');
function computeRules(tag) {
    return ((voidElements.has(tag) ? VOID : 0) |
        (closesParagraph.has(tag) ? CLOSES_P : 0) |
        (listItems.has(tag) ? LIST_ITEM : 0) |
        (buttonScope.has(tag) ? BUTTON_SCOPE : 0) |
        (specialElements.has(tag) ? SPECIAL : 0) |
        (scopeBoundary.has(tag) ? SCOPE_BOUNDARY : 0) |
        (impliedClose.has(tag) ? IMPLIES_CLOSE : 0) |
        (textOnlyElements.has(tag) ? TEXT_ONLY : 0) |
        (rcdataTags.has(tag) ? RCDATA : 0) |
        (inertElements.has(tag) ? INERT_CONTENT : 0));
}
// One lookup per tag instead of one per set: the tree builder asks several questions per tag and
// per open element, and render-time markup is parsed on every request when its data changes.
const known = new Map();
/** The rule bits (VOID, SPECIAL, …) of a lower-case tag name. */
export function tagRules(tag) {
    let rules = known.get(tag);
    if (rules === undefined) {
        rules = computeRules(tag);
        // Markup can invent endless names: remember a bounded number of them.
        if (known.size < 2048)
            known.set(tag, rules);
    }
    return rules;
}
//# sourceMappingURL=html-rules.js.map