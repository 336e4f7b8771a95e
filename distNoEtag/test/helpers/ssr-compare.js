/**
 * Shared by the SSR differential test and bench: runs one fixture through `@enhance/ssr` (with
 * `@enhance/enhance-style-transform`) and through Uplift, and compares the outputs as parsed DOM.
 */
import { parse, serialize } from 'parse5';
import enhanceSsr from '@enhance/ssr';
import enhanceStyleTransform from '@enhance/enhance-style-transform';
import { enhance, styleTransform } from '../../src/ssr/index.js';
/** A deterministic uuidFunction: id0, id1, … per render. */
export function counterIds() {
    let n = 0;
    return () => `id${n++}`;
}
/** Renders a fixture with `@enhance/ssr` 4.0.3 as its own runtime would. */
export function renderWithEnhance(fixture) {
    const html = enhanceSsr({
        elements: fixture.elements,
        initialState: fixture.initialState ?? {},
        uuidFunction: counterIds(),
        styleTransforms: fixture.styles === false ? [] : [enhanceStyleTransform],
        scriptTransforms: fixture.scriptTransforms ?? [],
        bodyContent: fixture.bodyContent ?? false,
        enhancedAttr: fixture.enhancedAttr ?? true,
    });
    return fixture.render(html);
}
/** Renders a fixture with Uplift's compatible `enhance`. */
export function renderWithUplift(fixture) {
    const html = enhance({
        elements: fixture.elements,
        initialState: fixture.initialState ?? {},
        uuidFunction: counterIds(),
        styleTransforms: fixture.styles === false ? [] : [styleTransform],
        scriptTransforms: fixture.scriptTransforms ?? [],
        bodyContent: fixture.bodyContent ?? false,
        enhancedAttr: fixture.enhancedAttr ?? true,
    });
    return fixture.render(html);
}
function normalizeStyles(node) {
    for (const child of node.childNodes) {
        if ('tagName' in child && child.tagName === 'style') {
            for (const text of child.childNodes)
                if ('value' in text)
                    text.value = text.value.replace(/\s+/g, ' ').trim();
        }
        if ('childNodes' in child)
            normalizeStyles(child);
        if ('content' in child)
            normalizeStyles(child.content);
    }
}
/** The document as parse5 sees it, serialised; `cssWhitespace` collapses whitespace in styles. */
export function domOf(html, options = {}) {
    const doc = parse(html);
    if (options.cssWhitespace)
        normalizeStyles(doc);
    return serialize(doc);
}
/**
 * Compares a fixture's two outputs: exact DOM equality, or equality after CSS whitespace. Uplift
 * renders `tagged`, the same fixture as the app loader serves it (helpers/tagged-copy.ts).
 */
export function compareFixture(fixture, tagged = fixture) {
    const a = renderWithEnhance(fixture);
    const b = renderWithUplift(tagged);
    const exact = domOf(a) === domOf(b);
    const equal = exact || domOf(a, { cssWhitespace: true }) === domOf(b, { cssWhitespace: true });
    return { enhance: a, uplift: b, exact, equal };
}
//# sourceMappingURL=ssr-compare.js.map