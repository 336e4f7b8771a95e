/**
 * The tags the load-time transform (src/loader/tag-markup.ts) adds to app modules: `markup` for a
 * template literal holding markup, `attributes` for an attribute fragment, `constant` for
 * developer markup in a hole (a string literal, a package helper's result). Each returns a token
 * (tokens.ts) of the render in progress, or of the process registry outside a render.
 */
import { compileAttributes, compileTemplate } from '../parse/compile.js';
import { MarkupEntry, addEntry } from './tokens.js';
import { currentRegistry } from './current.js';
/**
 * A template literal whose static text is markup: its values are data. They are turned into
 * strings as the untagged literal did (`${true}` is "true", an array is joined with commas), so the
 * tag changes how values are escaped, never what they say.
 */
export function markup(strings, ...values) {
    return addEntry(currentRegistry(), new MarkupEntry(compileTemplate(strings), values.map(asLiteralText), ''));
}
/** Attributes written between a tag's attributes (`id="${id}"`): values are attribute values. */
export function attributes(strings, ...values) {
    return addEntry(currentRegistry(), new MarkupEntry(compileAttributes(strings), values.map(asLiteralText), ''));
}
function asLiteralText(value) {
    return typeof value === 'string' ? value : `${value}`;
}
/** Markup the developer wrote as a plain string, or a package helper returned: trusted as is. */
export function constant(value) {
    return typeof value === 'string' && value !== '' ? addEntry(currentRegistry(), new MarkupEntry(null, [], value)) : value;
}
//# sourceMappingURL=runtime.js.map