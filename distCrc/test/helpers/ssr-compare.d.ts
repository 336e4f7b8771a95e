/** What an element function receives, loosely typed for fixtures. */
export interface FixtureArgs {
    html: (strings: TemplateStringsArray, ...values: unknown[]) => string;
    state: {
        attrs: Record<string, any>;
        store: Record<string, any>;
        instanceID: string;
        context: Record<string, any>;
    };
}
export type Html = (strings: TemplateStringsArray, ...values: unknown[]) => string;
/** One differential case. */
export interface SsrFixture {
    readonly name: string;
    readonly elements: Record<string, unknown>;
    readonly initialState?: Record<string, unknown>;
    /** Calls the top-level `html` tag once (the same call site for both renderers). */
    readonly render: (html: Html) => string;
    readonly bodyContent?: boolean;
    readonly enhancedAttr?: boolean;
    /** Whether to pass the style transforms (default true). */
    readonly styles?: boolean;
    readonly scriptTransforms?: ((args: {
        attrs: {
            name: string;
            value: string;
        }[];
        raw: string;
        tagName: string;
    }) => string)[];
}
/** A deterministic uuidFunction: id0, id1, … per render. */
export declare function counterIds(): () => string;
/** Renders a fixture with `@enhance/ssr` 4.0.3 as its own runtime would. */
export declare function renderWithEnhance(fixture: SsrFixture): string;
/** Renders a fixture with Uplift's compatible `enhance`. */
export declare function renderWithUplift(fixture: SsrFixture): string;
/** The document as parse5 sees it, serialised; `cssWhitespace` collapses whitespace in styles. */
export declare function domOf(html: string, options?: {
    cssWhitespace?: boolean;
}): string;
/**
 * Compares a fixture's two outputs: exact DOM equality, or equality after CSS whitespace. Uplift
 * renders `tagged`, the same fixture as the app loader serves it (helpers/tagged-copy.ts).
 */
export declare function compareFixture(fixture: SsrFixture, tagged?: SsrFixture): {
    enhance: string;
    uplift: string;
    exact: boolean;
    equal: boolean;
};
