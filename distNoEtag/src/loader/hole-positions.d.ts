/**
 * Where each hole of a template literal sits in the markup its static text writes, as the HTML
 * tokenizer would read it: in element content, between attributes (where a name goes), inside an
 * attribute value, or elsewhere (a tag name, a comment, raw text such as `<script>`). Used at load
 * time on source code, never on data.
 */
export declare const HolePosition: {
    readonly content: 0;
    readonly attributeName: 1;
    readonly attributeValue: 2;
    readonly other: 3;
};
export type HolePosition = (typeof HolePosition)[keyof typeof HolePosition];
/** The position of each hole between `quasis` (the static texts of a template literal). */
export declare function holePositions(quasis: readonly string[]): HolePosition[];
