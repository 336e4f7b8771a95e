/**
 * Strings kept as one flat run of characters. V8 represents `a + b` as a tree of pieces that is
 * flattened when first read; static markup is appended to the output on every render, so it is
 * flattened once, when the template is compiled.
 */
/** A string made of `parts` as one flat run of characters (a `+` chain is a tree of pieces). */
export function joinFlat(parts) {
    return parts.join('');
}
//# sourceMappingURL=flat-string.js.map