/**
 * A small CSS parser for element styles: rules, declarations, comments, at-rules and rules nested
 * inside rules (CSS Nesting), enough to scope selectors (style-scope.ts) and print the sheet the
 * way Enhance's style transform does. It keeps each declaration's text as written, comments
 * included, which general CSS parsers do not. It never throws: an unclosed block ends at the end
 * of the sheet, stray `}` are skipped, and text that is neither a rule nor an at-rule is dropped.
 */
export type CssNode = {
    readonly type: 'rule';
    readonly selectors: string[];
    readonly declarations: CssDeclaration[];
} | {
    readonly type: 'comment';
    readonly text: string;
}
/** A statement at-rule (`@import x;`) or a block at-rule; `rules` holds nested rules or declarations. */
 | {
    readonly type: 'at';
    readonly name: string;
    readonly prelude: string;
    readonly rules: CssNode[] | null;
    readonly declarations: CssDeclaration[] | null;
};
/**
 * An item of a declaration block: a declaration, a comment, or a rule nested in the block (a style
 * rule such as `&:hover { … }` or `.child { … }`, or a conditional rule such as `@media (…) { … }`
 * holding declarations).
 */
export type CssDeclaration = {
    readonly property: string;
    readonly value: string;
} | {
    readonly comment: string;
} | {
    readonly nested: CssNode;
};
/** Parses a style sheet. */
export declare function parseCss(css: string): CssNode[];
/** Splits a selector list at top-level commas; trims each selector. */
export declare function splitSelectors(text: string): string[];
