/**
 * Where a hole sits inside JavaScript (a `<script>` body or an event-handler attribute), read
 * from the template's static text before it: in an expression, inside a '…' / "…" string, inside a
 * template literal, a comment or a regular expression literal. Runs on template text once per
 * call site, never on data.
 *
 * Regular expression or division after `/` is decided as Go's html/template does: after a value
 * (a name, a number, `)` or `]`) it divides, after anything else it starts a regular expression;
 * a keyword such as `return` before `/` counts as an operator.
 */
/** The JavaScript states a hole can be in. */
export declare const JsState: {
    readonly expression: 0;
    readonly doubleQuoted: 1;
    readonly singleQuoted: 2;
    readonly template: 3;
    readonly lineComment: 4;
    readonly blockComment: 5;
    readonly regex: 6;
    readonly regexClass: 7;
};
export type JsState = (typeof JsState)[keyof typeof JsState];
/** A scan in progress: the state, what came last, and the `${` nesting of template literals. */
export interface JsScan {
    state: JsState;
    /** The last significant character or word of code, for the regex-or-division choice. */
    last: string;
    /** Open braces per `${` we are inside; a `}` at depth 0 returns to the template literal. */
    readonly braces: number[];
}
export declare function startJsScan(): JsScan;
/** Advances `scan` over static `text`. */
export declare function scanJs(scan: JsScan, text: string): void;
/** After a value is written in expression position it reads as a name: `/` then divides. */
export declare function afterJsValue(scan: JsScan): void;
