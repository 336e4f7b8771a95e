/**
 * The few HTML tree-construction facts the renderer needs (WHATWG HTML §13.2.6), so that it
 * finds element boundaries where parse5 (and so Enhance and the browser) would.
 */
/** Elements with no end tag and no children. */
export declare const voidElements: ReadonlySet<string>;
/** Start tags that close an open `<p>` ("close a p element" in the in-body insertion mode). */
export declare const closesParagraph: ReadonlySet<string>;
/** Elements that bound "button scope" when looking for an open `<p>`. */
export declare const buttonScope: ReadonlySet<string>;
/** The "special" category: an unmatched end tag stops at these instead of closing them. */
export declare const specialElements: ReadonlySet<string>;
/** Start tag → the open elements it implicitly closes when one of them is the current node. */
export declare const impliedClose: ReadonlyMap<string, ReadonlySet<string>>;
/** Elements whose content parse5 keeps out of the tree walk (template content, noscript text). */
export declare const inertElements: ReadonlySet<string>;
/** Elements that may sit in `<head>`; the hoisted style goes after any of these (enhance-compat §6.2). */
export declare const headElements: ReadonlySet<string>;
/** Elements whose content is text up to their end tag (raw text, RCDATA, script data). */
export declare const textOnlyElements: ReadonlySet<string>;
/** Bits of `tagRules`: which of the sets above a tag name belongs to. */
export declare const VOID = 1;
export declare const CLOSES_P = 2;
export declare const LIST_ITEM = 4;
export declare const BUTTON_SCOPE = 8;
export declare const SPECIAL = 16;
export declare const SCOPE_BOUNDARY = 32;
export declare const IMPLIES_CLOSE = 64;
export declare const TEXT_ONLY = 128;
/** Raw text or RCDATA other than style/script: holes in it are `rcdata`. */
export declare const RCDATA = 256;
export declare const INERT_CONTENT = 512;
/** The rule bits (VOID, SPECIAL, …) of a lower-case tag name. */
export declare function tagRules(tag: string): number;
