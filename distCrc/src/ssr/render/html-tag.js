import { compileTemplate } from '../parse/compile.js';
import { MarkupEntry, addEntry } from '../markup/tokens.js';
import { holeString } from './hole-text.js';
import { placeholderEnd, placeholderStart } from '../parse/markers.js';
import { TrustedHtml, trusted } from './trusted.js';
/** The per-render `html` tag: registers the call with the render and returns its token. */
export function createElementHtml(ctx) {
    const html = (strings, ...values) => addEntry(ctx.registry, new MarkupEntry(compileTemplate(strings), values, ''));
    return Object.assign(html, { raw: trusted });
}
/**
 * The markup of a template whose structure is only known per render (a hole in a tag name): its
 * static text with every value escaped for its hole. Objects in attribute values become
 * placeholders that decode back to the object when a custom element reads its attributes, so
 * arrays and objects pass from parent to child; they are registered per render, never globally.
 */
export function stringForm(ctx, template, values) {
    const { strings, contexts, sinks } = template;
    let text = strings[0];
    for (let i = 0; i < values.length; i++) {
        const value = values[i];
        if (contexts[i] === 'attr' && isPassedValue(value))
            text += registerObject(ctx, value);
        else
            text += holeString(ctx, value, sinks[i]);
        text += strings[i + 1];
    }
    return text;
}
/** Values Enhance passes through attributes as themselves (objects, arrays, booleans…), not as text. */
export function isPassedValue(value) {
    return typeof value !== 'string' && typeof value !== 'number' && !(value instanceof TrustedHtml);
}
function registerObject(ctx, value) {
    if (ctx.nonce === '')
        ctx.nonce = Math.random().toString(36).slice(2, 10);
    const token = placeholderStart + ctx.nonce + '.' + String(ctx.objects.size) + placeholderEnd;
    ctx.objects.set(token, value);
    return token;
}
//# sourceMappingURL=html-tag.js.map