/**
 * Where a hole sits inside CSS (a `<style>` body or a `style` attribute), read from the
 * template's static text before it: in a value, inside a "…" or '…' string, or in a comment.
 * Runs on template text once per call site, never on data.
 */
export declare const CssState: {
    readonly value: 0;
    readonly doubleQuoted: 1;
    readonly singleQuoted: 2;
    readonly comment: 3;
};
export type CssState = (typeof CssState)[keyof typeof CssState];
/** The state after static CSS `text`, starting in `state`. */
export declare function scanCss(state: CssState, text: string): CssState;
